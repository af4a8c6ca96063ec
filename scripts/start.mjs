// `npm start`: build when the build is missing or older than the sources, then serve on port 3000
// the way the Dockerfile does: the standalone server, `node server/index.mjs` in its own folder, which
// says at start which origin its public links name.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { assembleStandalone, STANDALONE_DIR, serveStandalone } from "./standalone-server.mjs";

process.env.NEXT_TELEMETRY_DISABLED = "1";
const port = process.env.PORT ?? "3000";
// The standalone server's own copy: a build from before output "standalone" counts as missing.
const buildId = `${STANDALONE_DIR}/.next/BUILD_ID`;
const sourceDirs = ["app", "components", "lib", "data", "server"];
const sourceFiles = ["next.config.js", "package-lock.json", "tsconfig.json"];

function newestMtime(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((entry) => newestMtime(join(path, entry))));
}

function buildIsStale() {
  if (!existsSync(buildId)) return true;
  const built = statSync(buildId).mtimeMs;
  return [...sourceDirs, ...sourceFiles].filter(existsSync).some((path) => newestMtime(path) > built);
}

if (buildIsStale()) {
  const result = spawnSync("npx", ["next", "build"], { stdio: "inherit" });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
assembleStandalone();
// All interfaces, as `next start` listened and as the container does.
serveStandalone({ port, hostname: "0.0.0.0" });
