// `npm run bench`: measure speed and size side by side in one run and write bench-report.md (also
// printed). Each figure is set against a floor measured in the same run on this machine: the same
// bytes as a static file, the framework's own 404 page, an empty page of the same Next and React.
// Figures are reported, never asserted; but a figure measured on failed requests is meaningless,
// so any non-2xx answer fails the run. BENCH_ONLY=throughput,weight,lighthouse,classifier,trials,predict picks
// parts (the last three run in Node alone, with no build or server);
// LIGHTHOUSE_PAGES=/,/survival narrows the Lighthouse part; LIGHTHOUSE_CHROME_FLAGS adds Chromium flags
// to every Lighthouse run, the empty page's too (--disable-features=PaintHolding: see the table's text).

import { spawn, spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { basename } from "node:path";
import { chromium } from "playwright-core";
import { EMPTY_APP_DIR, prepareEmptyApp } from "./bench/empty-app.mjs";
import { LIGHTHOUSE_CHROME_FLAGS as CHROME_FLAGS, CONNECTIONS, kb, lighthouse, median, pageWeight, throughput } from "./bench/measure.mjs";
import { chromiumArgs, requireChromium } from "./chromium.mjs";
import { EMBEDS, PAGES } from "./pages.mjs";
import { startServer, stopServer, waitForServer } from "./server.mjs";
import { checkStaticBaseline, removeStaticBaseline, writeStaticBaseline } from "./static-baseline.mjs";

const PORT = Number(process.env.BENCH_PORT ?? 3151);
const BASE = `http://127.0.0.1:${PORT}`;
const EMPTY_PORT = PORT + 1;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const LIGHTHOUSE_RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 3);
const NOT_FOUND = "/no-such-page";
const PARTS = new Set((process.env.BENCH_ONLY ?? "throughput,weight,lighthouse,classifier,trials,predict").split(","));
const SERVED = ["throughput", "weight", "lighthouse"].some((part) => PARTS.has(part));
/** Lighthouse takes about 15 s a run: LIGHTHOUSE_PAGES=/,/survival narrows it to some pages (default: every page). */
const LIGHTHOUSE_PAGES = process.env.LIGHTHOUSE_PAGES ? process.env.LIGHTHOUSE_PAGES.split(",").filter((path) => PAGES.includes(path)) : PAGES;
/** Default views (the targets: ≥ 0.5× a static file), then views with a query, which Next renders per request. */
const ROUTES = {
  "api-survival": "/api/survival",
  "api-prevalence": "/api/prevalence",
  survival: "/survival",
  "embed-survival": "/embed/survival",
  "api-subtypes": "/api/subtypes",
  "api-therapies": "/api/therapies",
  "api-one-subtype": "/api/subtypes?id=hr-neg-her2-pos",
  "survival-distant": "/survival?stage=distant",
};

process.env.NEXT_TELEMETRY_DISABLED = "1";
if (SERVED) {
  requireChromium();
  if (!existsSync(".next/BUILD_ID") || process.env.BENCH_BUILD !== "0") run("npx", ["next", "build"]);
}

const report = [
  `# HER2 Atlas benchmark`,
  ``,
  `Run ${new Date().toISOString()} on ${process.platform} ${process.arch}, Node ${process.version}, 2-core machine; on loopback, the load generator sharing the cores with the server.`,
  ``,
];
const failures = [];
let server = null;
let emptyServer = null;
try {
  if (SERVED) await servedSections();
} catch (error) {
  failures.push(error.message);
} finally {
  if (server) await stopServer(server);
  if (emptyServer) await stopServer(emptyServer);
  if (SERVED) removeStaticBaseline();
}
if (PARTS.has("classifier")) report.push(``, `## HER2 classifier (Node, vitest bench)`, ``, ...vitestBenchTiming("tests/bench/her2.bench.ts", "classifier"));
if (PARTS.has("trials")) {
  report.push(
    ``,
    `## Trial statistics (Node, vitest bench; target: all 19 endpoints < 50 ms)`,
    ``,
    `From the CSV texts: parse, Kaplan–Meier and median of both arms, Cox hazard ratio, log-rank test.`,
    ``,
    ...vitestBenchTiming("tests/bench/trials.bench.ts", "trial statistics"),
  );
}
if (PARTS.has("predict")) {
  report.push(
    ``,
    `## PREDICT Breast v3.2 (Node, vitest bench; target: 10,000 patients < 100 ms)`,
    ``,
    `10,000 patients drawn with a fixed seed and validated beforehand, each through all ten treatment sequences over 15 years.`,
    ``,
    ...vitestBenchTiming("tests/bench/predict.bench.ts", "PREDICT"),
  );
}
if (failures.length > 0) report.push(``, `## FAILED: these figures are not valid`, ``, ...failures.map((f) => `- FAIL: ${f}`));

const text = `${report.join("\n")}\n`;
writeFileSync("bench-report.md", text);
console.log(`\n${text}`);
process.exit(failures.length > 0 ? 1 : 0);

async function servedSections() {
  const baseline = PARTS.has("throughput") ? await writeStaticBaseline(PORT, ROUTES) : {};
  server = startServer(PORT);
  await waitForServer(`${BASE}/api`, 120_000);
  if (PARTS.has("throughput")) await throughputSection(baseline);
  if (PARTS.has("weight")) await weightSection();
  if (PARTS.has("lighthouse")) {
    if (prepareEmptyApp({ fresh: process.env.BENCH_BUILD !== "0" })) run(process.execPath, ["node_modules/next/dist/bin/next", "build", EMPTY_APP_DIR]);
    emptyServer = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", EMPTY_APP_DIR, "-p", String(EMPTY_PORT)], {
      stdio: "ignore",
      detached: true,
    });
    await waitForServer(`http://127.0.0.1:${EMPTY_PORT}/`);
    lighthouseSection();
  }
}

async function throughputSection(baseline) {
  await checkStaticBaseline(BASE, baseline);
  report.push(
    `## Throughput (target: each default view ≥ 0.5× the same bytes as a static file)`,
    ``,
    `autocannon, ${CONNECTIONS} connections, ${SECONDS} s after a warm-up; each route beside the same bytes served from public/ by the same server, measured one after the other. The first rows are default views (rendered once at start, server/default-views.mjs); the last are views with a query, which Next renders per request.`,
    ``,
    `| route | req/s | p50 ms | p99 ms | static file req/s | static p99 ms | route ÷ static |`,
    `| --- | ---: | ---: | ---: | ---: | ---: | ---: |`,
  );
  for (const { path, file } of Object.values(baseline)) {
    const route = await throughput(`${BASE}${path}`, SECONDS);
    const fileResult = await throughput(`${BASE}${file}`, SECONDS);
    report.push(
      `| ${path} | ${route.rps} | ${route.p50} | ${route.p99} | ${fileResult.rps} | ${fileResult.p99} | ${(route.rps / fileResult.rps).toFixed(2)} |`,
    );
    for (const [label, result] of [
      [path, route],
      [file, fileResult],
    ]) {
      if (result.non2xx + result.errors > 0) failures.push(`${label}: ${result.non2xx} non-2xx answers and ${result.errors} errors under load`);
    }
  }
}

async function weightSection() {
  const browser = await chromium.launch({ executablePath: requireChromium(), args: chromiumArgs });
  // The 404 page is the site's layout and nothing else: the framework's floor every page pays.
  const floor = await pageWeight(browser, `${BASE}${NOT_FOUND}`);
  report.push(
    ``,
    `## Page weight (target: own JavaScript ≤ 12 kB gzipped above the framework floor)`,
    ``,
    `Every script a page loads until the network is quiet (plain links, so nothing is prefetched), each gzipped on its own. The floor is the 404 page of the same build: ${kb(floor.jsGzip)} kB gzipped.`,
    ``,
    `| page or embed | JS gzipped kB | above the floor kB | JS raw kB | transferred kB | requests |`,
    `| --- | ---: | ---: | ---: | ---: | ---: |`,
  );
  for (const path of [...PAGES, ...EMBEDS]) {
    const weight = await pageWeight(browser, `${BASE}${path}`);
    report.push(
      `| ${path} | ${kb(weight.jsGzip)} | ${kb(weight.jsGzip - floor.jsGzip)} | ${kb(weight.jsRaw)} | ${kb(weight.transferred)} | ${weight.requests} |`,
    );
  }
  await browser.close();
}

function lighthouseSection() {
  report.push(
    ``,
    `## Lighthouse, mobile settings (targets: performance ≥ the empty page's − 0.03; accessibility 1.0)`,
    ``,
    `${LIGHTHOUSE_RUNS} rounds; each round runs an empty page of the same Next and React (scripts/empty-app), then every page, so the floor is measured in the same minutes as the pages. Each row is the median run, with the range. The last column is that run's unthrottled load, which Lighthouse's simulation starts from: the first paint it observed, and DOMContentLoaded. Everything that ran before that paint (scripts included) is counted towards FCP and LCP, so a paint long after DOMContentLoaded costs a page its script work. On this machine Chromium's paint holding often keeps a page's first frame off screen although it was painted before DOMContentLoaded: the observed paint then lands near 1.2 or 2.2 s whatever the page (the same HTML without its scripts too), while the empty page's is never held. LIGHTHOUSE_CHROME_FLAGS=--disable-features=PaintHolding measures every page and the floor without it.${CHROME_FLAGS ? ` This run: ${CHROME_FLAGS}.` : ""}`,
    ``,
    `| page | performance | range | empty page | difference | accessibility | best practices | LCP ms | TBT ms | CLS | observed paint / DCL ms |`,
    `| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |`,
  );
  const runs = { empty: [], ...Object.fromEntries(LIGHTHOUSE_PAGES.map((path) => [path, []])) };
  for (let round = 0; round < LIGHTHOUSE_RUNS; round++) {
    runs.empty.push(lighthouse(`http://127.0.0.1:${EMPTY_PORT}/`));
    for (const path of LIGHTHOUSE_PAGES) runs[path].push(lighthouse(`${BASE}${path}`));
  }
  const empty = median(runs.empty);
  if (!empty) failures.push("Lighthouse failed on every run of the empty page");
  report.push(
    `| (empty page) | ${empty?.performance} | ${empty?.range} | | | ${empty?.accessibility} | ${empty?.bestPractices} | ${empty?.lcp} | ${empty?.tbt} | ${empty?.cls} | ${observedLoad(empty)} |`,
  );
  for (const path of LIGHTHOUSE_PAGES) {
    const lh = median(runs[path]);
    if (!lh || lh.failed > 0) failures.push(`Lighthouse failed on ${path}: ${runs[path].find((r) => r.error)?.error}`);
    if (!lh) continue;
    const difference = empty ? (lh.performance - empty.performance).toFixed(2) : "";
    report.push(
      `| ${path} | ${lh.performance} | ${lh.range} | ${empty?.performance ?? ""} | ${difference} | ${lh.accessibility} | ${lh.bestPractices} | ${lh.lcp} | ${lh.tbt} | ${lh.cls} | ${observedLoad(lh)} |`,
    );
  }
}

/** "paint / DOMContentLoaded" of a Lighthouse run's unthrottled load, in whole ms. */
function observedLoad(run) {
  return run ? `${Math.round(run.observedPaint)} / ${Math.round(run.observedDomContentLoaded)}` : "";
}

function run(command, args) {
  const result = spawnSync(command, args, { stdio: "inherit" });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

/** Runs one vitest bench file in Node and reads Vitest's JSON report, not its console text. */
function vitestBenchTiming(file, label) {
  const out = `.bench-${basename(file, ".bench.ts")}-${Date.now()}.json`;
  try {
    // One project: the bench files match every project's include, and each would run them again.
    const result = spawnSync("npx", ["vitest", "bench", "--run", "--project", "unit", file, `--outputJson=${out}`], { encoding: "utf8" });
    if (result.status !== 0 || !existsSync(out)) {
      failures.push(`${label} benchmark exited ${result.status} without a report`);
      return [`(${label} benchmark failed)`];
    }
    const benchmarks = JSON.parse(readFileSync(out, "utf8")).files.flatMap((file) =>
      file.groups.flatMap((group) => group.benchmarks.map((b) => ({ ...b, group: group.fullName.split(" > ").pop() }))),
    );
    return [
      `| benchmark | runs/s | median ms | p99 ms | samples |`,
      `| --- | ---: | ---: | ---: | ---: |`,
      ...benchmarks.map((b) => `| ${b.group}: ${b.name} | ${b.hz.toFixed(1)} | ${b.median.toFixed(1)} | ${b.p99.toFixed(1)} | ${b.sampleCount} |`),
    ];
  } finally {
    rmSync(out, { force: true });
  }
}
