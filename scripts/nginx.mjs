// Debian's nginx as a foreground child of a script: installed the way .ci/run installs Chromium when
// it is missing, configured from deploy/nginx's template, and writing only under a folder of its own
// (no /etc/nginx, no /var/log/nginx, no /var/lib/nginx). Stop it with server.mjs's stopServer.
import { execFileSync, spawn } from "node:child_process";
import { chmodSync, closeSync, existsSync, mkdirSync, openSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { localMainConfig, renderTemplate, SITE_TEMPLATE } from "./nginx-config.mjs";

export const NGINX = "/usr/sbin/nginx";

export function ensureNginx() {
  if (existsSync(NGINX)) return NGINX;
  console.log("Installing Debian's nginx for the cache in front of the app…");
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  try {
    execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit", env });
    execFileSync("apt-get", ["install", "-y", "-qq", "nginx"], { stdio: "inherit", env });
  } catch {
    throw new Error(`could not install nginx: run \`sudo apt-get install -y nginx\` and try again`);
  }
  if (!existsSync(NGINX)) throw new Error(`nginx was installed but ${NGINX} is missing`);
  return NGINX;
}

/**
 * Renders the configuration into `dir` (absolute), checks it with `nginx -t`, then starts nginx in
 * the foreground in a process group of its own, its error log in `dir`/error.log. `listen` and
 * `upstream` are host:port pairs.
 */
export function startNginx({ dir, listen, upstream, serverName = "127.0.0.1" }) {
  mkdirSync(join(dir, "temp"), { recursive: true });
  // Started as root, nginx runs its workers as an unprivileged user: they must be able to reach the
  // cache and temp folders it creates (and hands to them) in here, and so must every folder above.
  if (process.getuid?.() === 0) chmodSync(dir, 0o755);
  const sitePath = join(dir, "her2-atlas.conf");
  const site = renderTemplate(readFileSync(SITE_TEMPLATE, "utf8"), {
    NGINX_LISTEN: listen,
    SERVER_NAME: serverName,
    APP_UPSTREAM: upstream,
    NGINX_CACHE_PATH: join(dir, "cache"),
  });
  writeFileSync(sitePath, site);
  const configPath = join(dir, "nginx.conf");
  writeFileSync(configPath, localMainConfig({ dir, sitePath }));
  const args = ["-p", `${dir}/`, "-c", configPath, "-e", "stderr"];
  try {
    execFileSync(NGINX, [...args, "-t", "-q"], { stdio: "pipe" });
  } catch (error) {
    throw new Error(`nginx rejected the configuration in ${dir}:\n${error.stderr}`);
  }
  const log = openSync(join(dir, "error.log"), "a");
  const nginx = spawn(NGINX, args, { detached: true, stdio: ["ignore", log, log] });
  closeSync(log);
  return nginx;
}
