// The deployable server: Next's standalone output (only the node_modules files the app needs) plus
// what Next leaves out of it: public/, .next/static, and our server (server/index.mjs, which runs Next
// and answers the default views from memory, with the list of them in scripts/pages.mjs). One recipe
// for all: the Dockerfile's build stage assembles the folder with scripts/standalone.mjs and its runner
// stage runs `node server/index.mjs` in a copy of it; npm start, the e2e suite and the scripts start
// the server through startStandalone, the same command in the same folder with the same settings.
import { spawn } from "node:child_process";
import { cpSync, existsSync, rmSync } from "node:fs";
import { join } from "node:path";

export const STANDALONE_DIR = ".next/standalone";
/** What Next's standalone output leaves out, at the paths the server looks for it. */
const BESIDE_SERVER = ["public", ".next/static", "server", "scripts/pages.mjs"];
/** The Dockerfile's CMD (a unit test holds the two together). */
export const SERVER_COMMAND = ["node", "server/index.mjs"];

/** Copies what BESIDE_SERVER names into the folder (replacing older copies); returns the folder. */
export function assembleStandalone(root = ".") {
  const dir = join(root, STANDALONE_DIR);
  if (!existsSync(join(dir, "server.js"))) {
    throw new Error(`${dir}/server.js is missing: build first (npx next build), with output: "standalone" in next.config.js`);
  }
  for (const folder of BESIDE_SERVER) {
    // Replace, never merge: a file removed from public/ or a chunk of an older build must not linger.
    rmSync(join(dir, folder), { recursive: true, force: true });
    if (existsSync(join(root, folder))) cpSync(join(root, folder), join(dir, folder), { recursive: true, filter: (source) => !source.endsWith(".d.mts") });
  }
  return dir;
}

/**
 * The runner stage: a copy of the assembled folder on its own, away from the repo's node_modules
 * (which Node would otherwise find by walking up, hiding a file the trace missed). Symlinks are
 * kept as they are, as Docker's COPY keeps them: Next links external packages relatively.
 */
export function stageStandalone(destination, root = ".") {
  cpSync(join(root, STANDALONE_DIR), destination, { recursive: true, verbatimSymlinks: true });
  return destination;
}

/** The settings the Dockerfile's runner stage gives the server, with our own port and address. */
export function standaloneEnv({ port, hostname, env = process.env }) {
  return { ...env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1", PORT: String(port), HOSTNAME: hostname };
}

/**
 * `node server/index.mjs` in the folder, as the Dockerfile's CMD runs it. Detached by default, in a
 * process group of its own, so that stopping the group (server.mjs's stopServer) leaves nothing.
 */
export function startStandalone({ port, hostname = "127.0.0.1", dir = STANDALONE_DIR, env, stdio = "ignore", detached = true }) {
  return spawn(process.execPath, SERVER_COMMAND.slice(1), { cwd: dir, stdio, detached, env: standaloneEnv({ port, hostname, env }) });
}

/** Runs the server in the foreground, for a person or a test runner to stop; exits with its code. */
export function serveStandalone({ port, hostname }) {
  const server = startStandalone({ port, hostname, stdio: "inherit", detached: false });
  // Whoever stops this wrapper (Playwright, a terminal, a supervisor) stops the server with it.
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) process.on(signal, () => server.kill(signal));
  server.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}
