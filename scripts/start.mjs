// `npm start`: build when the build is missing or older than the sources, then serve on port 3000
// (PORT) with the production server, server/index.mjs, which prints the origin its links name.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";

process.env.NEXT_TELEMETRY_DISABLED = "1";
const port = process.env.PORT ?? "3000";
const buildId = ".next/BUILD_ID";
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

function run(command, args) {
  const result = spawnSync(command, args, { stdio: "inherit", env: { ...process.env, PORT: port } });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

if (buildIsStale()) run("npx", ["next", "build"]);
run(process.execPath, ["server/index.mjs"]);
