// `npm start`: build when the build is missing or older than the sources, then serve on port 3000.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";

process.env.NEXT_TELEMETRY_DISABLED = "1";
const port = process.env.PORT ?? "3000";
const buildId = ".next/BUILD_ID";
const sourceDirs = ["app", "components", "lib", "data"];
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

function run(args) {
  const result = spawnSync("npx", args, { stdio: "inherit" });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

if (buildIsStale()) run(["next", "build"]);
console.log(`HER2 Atlas: http://localhost:${port}`);
run(["next", "start", "-p", port]);
