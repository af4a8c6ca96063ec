// `npm run bench`: measure speed and size in one run and write bench-report.md (also printed).
// Figures are reported, not asserted against targets (listed beside them for the reader); but a
// figure measured on failed requests is meaningless, so any non-2xx answer fails the run.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import autocannon from "autocannon";
import { chromium } from "playwright-core";
import { chromiumArgs, requireChromium } from "./chromium.mjs";
import { EMBEDS, PAGES } from "./pages.mjs";
import { startServer, stopServer, waitForServer } from "./server.mjs";
import { checkStaticBaseline, removeStaticBaseline, writeStaticBaseline } from "./static-baseline.mjs";

const PORT = Number(process.env.BENCH_PORT ?? 3151);
const BASE = `http://127.0.0.1:${PORT}`;
const DURATION = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = 50;
const WARMUP_SECONDS = 3;
const NOT_FOUND = "/no-such-page";
const LIGHTHOUSE_RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 3);
/**
 * Each dataset route, plus a one-row answer: with a ~1 kB body the ratio is the per-request cost of
 * a route handler over a static file, which no handler code can go below.
 */
const API_ROUTES = {
  survival: "/api/survival",
  prevalence: "/api/prevalence",
  subtypes: "/api/subtypes",
  therapies: "/api/therapies",
  "one-subtype": "/api/subtypes?id=hr-neg-her2-pos",
};

process.env.NEXT_TELEMETRY_DISABLED = "1";
requireChromium();
if (!existsSync(".next/BUILD_ID") || process.env.BENCH_BUILD !== "0") run("npx", ["next", "build"]);

const report = [`# HER2 Atlas benchmark`, ``, `Run ${new Date().toISOString()} on ${process.platform} ${process.arch}, Node ${process.version}, 2-core machine; autocannon ${DURATION} s × ${CONNECTIONS} connections, on loopback, sharing the cores with the server.`, ``];

/** Anything that makes a figure meaningless (a non-2xx answer, a missing baseline): reported, then exit 1. */
const failures = [];
let server = null;
try {
  // The same JSON, served as a static file by the same server: the baseline for the API's overhead.
  const bodies = await writeStaticBaseline(PORT, API_ROUTES);
  server = startServer(PORT);
  await waitForServer(`${BASE}/api`);
  await checkStaticBaseline(BASE, bodies);

  report.push(`## API throughput (target: dataset routes within 2× of static-file throughput)`, ``);
  report.push(
    `| route | req/s | p50 ms | p99 ms | non-2xx | errors | static req/s | static p50 ms | static p99 ms | static non-2xx | static errors | static ÷ API |`,
    `| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |`,
  );
  for (const [name, path] of Object.entries(API_ROUTES)) {
    const api = await load(`${BASE}${path}`);
    const file = await load(`${BASE}/bench/${name}.json`);
    report.push(`| ${path} | ${api.rps} | ${api.p50} | ${api.p99} | ${api.non2xx} | ${api.errors} | ${file.rps} | ${file.p50} | ${file.p99} | ${file.non2xx} | ${file.errors} | ${(file.rps / api.rps).toFixed(2)} |`);
    for (const [label, result] of [[path, api], [`/bench/${name}.json`, file]]) {
      if (result.non2xx + result.errors > 0) failures.push(`${label}: ${result.non2xx} non-2xx answers and ${result.errors} errors under load`);
    }
  }

  report.push(``, `## Page weight (target: ≤ 150 kB gzipped JavaScript per page)`, ``);
  report.push(
    `Every script the page loads until the network is quiet (pages link with plain anchors, so nothing is prefetched for other pages), each gzipped on its own as a server sends it.`,
    ``,
    `| page or embed | JS gzipped kB | JS raw kB | transferred kB | requests |`,
    `| --- | ---: | ---: | ---: | ---: |`,
  );
  const browser = await chromium.launch({ executablePath: requireChromium(), args: chromiumArgs });
  // The 404 page is the site's layout and nothing else: the floor the framework and chrome set.
  for (const [path, label] of [...[...PAGES, ...EMBEDS].map((path) => [path, path]), [NOT_FOUND, `${NOT_FOUND} (404: layout only, the floor)`]]) {
    const weight = await pageWeight(browser, path);
    report.push(`| ${label} | ${kb(weight.jsGzip)} | ${kb(weight.jsRaw)} | ${kb(weight.transferred)} | ${weight.requests} |`);
  }
  await browser.close();

  report.push(``, `## Lighthouse, mobile settings (targets: performance ≥ 0.95, accessibility 1.0)`, ``);
  report.push(
    `Each page is run ${LIGHTHOUSE_RUNS} times, as Lighthouse advises for its run-to-run variance; the row is the run with the median performance score, with the range beside it. Lighthouse scales its simulated CPU from the machine's speed as it measured it (its benchmark index, higher is faster; it varied by a quarter on this shared machine from one minute to the next), so scores move with it.`,
    ``,
    `| page | performance (median) | range | accessibility | best practices | LCP ms | TBT ms | CLS | CPU benchmark index |`,
    `| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |`,
  );
  for (const path of PAGES) {
    const runs = Array.from({ length: LIGHTHOUSE_RUNS }, () => lighthouse(`${BASE}${path}`));
    const scored = runs.filter((run) => typeof run.performance === "number").sort((a, b) => a.performance - b.performance);
    if (scored.length < runs.length) failures.push(`Lighthouse failed on ${path}: ${runs.find((run) => typeof run.performance !== "number").performance}`);
    const lh = scored[Math.floor(scored.length / 2)];
    if (!lh) continue;
    const range = `${scored[0].performance}–${scored[scored.length - 1].performance}`;
    report.push(`| ${path} | ${lh.performance} | ${range} | ${lh.accessibility} | ${lh.bestPractices} | ${lh.lcp} | ${lh.tbt} | ${lh.cls} | ${lh.benchmarkIndex} |`);
  }
} catch (error) {
  failures.push(error.message);
} finally {
  if (server) await stopServer(server);
  removeStaticBaseline();
}

report.push(``, `## HER2 classifier (Node, vitest bench)`, ``, ...classifierTiming());
if (failures.length > 0) report.push(``, `## FAILED: these figures are not valid`, ``, ...failures.map((f) => `- FAIL: ${f}`));

const text = report.join("\n") + "\n";
writeFileSync("bench-report.md", text);
console.log(`\n${text}`);
process.exit(failures.length > 0 ? 1 : 0);

function run(command, args) {
  const result = spawnSync(command, args, { stdio: "inherit" });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

/** Measured after a short warm-up, so both sides are compared with their code paths already compiled. */
async function load(url) {
  await autocannon({ url, connections: CONNECTIONS, duration: WARMUP_SECONDS });
  const result = await autocannon({ url, connections: CONNECTIONS, duration: DURATION });
  return { rps: Math.round(result.requests.average), p50: result.latency.p50, p99: result.latency.p99, non2xx: result.non2xx, errors: result.errors + result.timeouts };
}

async function pageWeight(browser, path) {
  const context = await browser.newContext({ viewport: { width: 375, height: 800 } });
  const page = await context.newPage();
  const responses = [];
  page.on("response", (response) => responses.push(response));
  await page.goto(`${BASE}${path}`, { waitUntil: "networkidle" });
  let jsRaw = 0;
  let jsGzip = 0;
  let transferred = 0;
  for (const response of responses) {
    const sizes = await response.request().sizes().catch(() => null);
    if (sizes) transferred += sizes.responseBodySize + sizes.responseHeadersSize;
    if (response.request().resourceType() === "script") {
      const body = await response.body().catch(() => Buffer.alloc(0));
      jsRaw += body.length;
      jsGzip += gzipSync(body).length;
    }
  }
  await context.close();
  return { jsRaw, jsGzip, transferred, requests: responses.length };
}

function lighthouse(url) {
  const out = `.lighthouse-${Date.now()}.json`;
  try {
    execFileSync("node_modules/.bin/lighthouse", [url, "--quiet", "--output=json", `--output-path=${out}`, "--only-categories=performance,accessibility,best-practices", `--chrome-flags=--headless ${chromiumArgs.join(" ")}`], {
      env: { ...process.env, CHROME_PATH: requireChromium() },
      stdio: "ignore",
    });
    const lhr = JSON.parse(readFileSync(out, "utf8"));
    const audit = (id) => lhr.audits[id]?.numericValue;
    return {
      performance: lhr.categories.performance.score,
      accessibility: lhr.categories.accessibility.score,
      bestPractices: lhr.categories["best-practices"].score,
      lcp: Math.round(audit("largest-contentful-paint")),
      tbt: Math.round(audit("total-blocking-time")),
      cls: audit("cumulative-layout-shift")?.toFixed(3),
      benchmarkIndex: Math.round(lhr.environment.benchmarkIndex),
    };
  } catch (error) {
    return { performance: `failed: ${error.message.split("\n")[0]}`, accessibility: "", bestPractices: "", lcp: "", tbt: "", cls: "", benchmarkIndex: "" };
  } finally {
    rmSync(out, { force: true });
  }
}

/** Runs the classifier benchmark in Node and reads Vitest's JSON report, not its console text. */
function classifierTiming() {
  const out = `.bench-her2-${Date.now()}.json`;
  try {
    const result = spawnSync("npx", ["vitest", "bench", "--run", "tests/bench/her2.bench.ts", `--outputJson=${out}`], { encoding: "utf8" });
    if (result.status !== 0 || !existsSync(out)) {
      failures.push(`classifier benchmark exited ${result.status} without a report`);
      return ["(classifier benchmark failed)"];
    }
    const benchmarks = JSON.parse(readFileSync(out, "utf8")).files.flatMap((file) => file.groups.flatMap((group) => group.benchmarks.map((b) => ({ ...b, group: group.fullName.split(" > ").pop() }))));
    return [
      `| benchmark | runs/s | median ms | p99 ms | samples |`,
      `| --- | ---: | ---: | ---: | ---: |`,
      ...benchmarks.map((b) => `| ${b.group}: ${b.name} | ${b.hz.toFixed(1)} | ${b.median.toFixed(1)} | ${b.p99.toFixed(1)} | ${b.sampleCount} |`),
    ];
  } finally {
    rmSync(out, { force: true });
  }
}

function kb(bytes) {
  return (bytes / 1024).toFixed(1);
}
