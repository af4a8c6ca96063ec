// `npm test`: lint and format check (Biome), unit, component and API tests (Vitest), then a production build and the e2e suite in
// Debian's Chromium (Playwright). Ends with one plain "N passed, N failed" line over all suites.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import { requireChromium, testChromiumPath } from "./chromium.mjs";

process.env.NEXT_TELEMETRY_DISABLED = "1";
requireChromium(testChromiumPath);

/** Each phase's wall time, printed at the end so a slow CI run says where the time went. */
const phases = [];

function run(command, args) {
  const start = performance.now();
  const status = spawnSync(command, args, { stdio: "inherit", env: process.env }).status ?? 1;
  phases.push(`${args[0]} ${((performance.now() - start) / 1000).toFixed(1)} s`);
  return status;
}

/**
 * A phase run in the background, its output held back and printed when it is awaited, so two
 * phases' logs never interleave. Resolves to the exit status.
 */
function runInBackground(command, args, env) {
  const start = performance.now();
  const child = spawn(command, args, { env, stdio: ["ignore", "pipe", "pipe"] });
  const output = [];
  child.stdout.on("data", (chunk) => output.push(chunk));
  child.stderr.on("data", (chunk) => output.push(chunk));
  return new Promise((resolve) => {
    child.on("close", (code) => {
      phases.push(`${args[0]} ${((performance.now() - start) / 1000).toFixed(1)} s (alongside Vitest)`);
      process.stdout.write(Buffer.concat(output));
      resolve(code ?? 1);
    });
  });
}

function readJson(path) {
  return existsSync(path) ? JSON.parse(readFileSync(path, "utf8")) : null;
}

const totals = { passed: 0, failed: 0 };
let ok = true;

// Lint and format first: a second for the whole tree, and a finding is a failure like any other.
if (run("npx", ["biome", "check", "--error-on-warnings", "."]) !== 0) {
  ok = false;
  totals.failed += 1;
  console.error("npm run lint found problems (npm run format fixes the formatting and import order).");
}

// The production build for the e2e suite runs alongside Vitest: no unit test reads its output, and
// the two together finish sooner than one after the other, even on two cores.
// Static pages take the public origin at build time: the same one the e2e server names
// (playwright.config.ts). Only the build and the e2e suite see it; unit tests read their own.
const siteUrl = process.env.SITE_URL ?? `http://127.0.0.1:${process.env.E2E_PORT ?? 3131}`;
const build = runInBackground("npx", ["next", "build"], { ...process.env, SITE_URL: siteUrl });

rmSync(".vitest.json", { force: true });
const vitestStatus = run("npx", ["vitest", "run", "--reporter=default", "--reporter=json", "--outputFile=.vitest.json"]);
const vitest = readJson(".vitest.json");
if (vitest) {
  totals.passed += vitest.numPassedTests;
  totals.failed += vitest.numFailedTests;
}
if (vitestStatus !== 0) {
  ok = false;
  // A crash (no report) or a file that failed to load (no failed test in it) is still a failure.
  if (!vitest || vitest.numFailedTests === 0) {
    totals.failed += Math.max(1, vitest?.numFailedTestSuites ?? 0);
    console.error(vitest ? "Vitest failed outside any test (a file did not load)." : "Vitest exited without writing .vitest.json.");
  }
}

console.log("\nThe production build for the e2e suite (run alongside Vitest):");
process.env.SITE_URL = siteUrl;
if ((await build) !== 0) {
  ok = false;
  totals.failed += 1;
  console.error("next build failed: the e2e suite cannot run.");
} else {
  rmSync(".playwright.json", { force: true });
  const e2eStatus = run("npx", ["playwright", "test"]);
  const e2e = readJson(".playwright.json");
  if (e2e) {
    totals.passed += e2e.stats.expected + e2e.stats.flaky;
    totals.failed += e2e.stats.unexpected;
  } else {
    totals.failed += 1;
  }
  if (e2eStatus !== 0) ok = false;
}

console.log(`\nTime per phase: ${phases.join(", ")}`);
console.log(`\n${totals.passed} passed, ${totals.failed} failed`);
process.exit(ok && totals.failed === 0 ? 0 : 1);
