// `npm run bench`: measure speed and size in one run and write bench-report.md (also printed).
// Figures are reported, never asserted: targets are listed beside them for the reader.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import autocannon from "autocannon";
import { chromium } from "playwright-core";
import { chromiumArgs, requireChromium } from "./chromium.mjs";
import { EMBEDS, PAGES } from "./pages.mjs";
import { startServer, stopServer, waitForServer } from "./server.mjs";

const PORT = Number(process.env.BENCH_PORT ?? 3151);
const BASE = `http://127.0.0.1:${PORT}`;
const DURATION = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = 50;
const DATASETS = ["survival", "prevalence", "subtypes", "therapies"];
const STATIC_DIR = "public/bench";

process.env.NEXT_TELEMETRY_DISABLED = "1";
requireChromium();
if (!existsSync(".next/BUILD_ID") || process.env.BENCH_BUILD !== "0") run("npx", ["next", "build"]);

const report = [`# HER2 Atlas benchmark`, ``, `Run ${new Date().toISOString()} on ${process.platform} ${process.arch}, Node ${process.version}, 2-core machine; autocannon ${DURATION} s × ${CONNECTIONS} connections, on loopback, sharing the cores with the server.`, ``];

// The same JSON, served as a static file by the same server: the baseline for the API's overhead.
mkdirSync(STATIC_DIR, { recursive: true });
const server = startServer(PORT);
try {
  await waitForServer(`${BASE}/api`);
  for (const name of DATASETS) writeFileSync(`${STATIC_DIR}/${name}.json`, await (await fetch(`${BASE}/api/${name}`)).text());

  report.push(`## API throughput (target: dataset routes within 2× of static-file throughput)`, ``);
  report.push(`| route | req/s | p50 ms | p99 ms | errors | static req/s | static p99 ms | static ÷ API |`, `| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |`);
  for (const name of DATASETS) {
    const api = await load(`${BASE}/api/${name}`);
    const file = await load(`${BASE}/bench/${name}.json`);
    report.push(`| /api/${name} | ${api.rps} | ${api.p50} | ${api.p99} | ${api.errors} | ${file.rps} | ${file.p99} | ${(file.rps / api.rps).toFixed(2)} |`);
  }

  report.push(``, `## Page weight (target: ≤ 150 kB gzipped JavaScript per page)`, ``);
  report.push(`| page or embed | JS gzipped kB | JS raw kB | transferred kB | requests |`, `| --- | ---: | ---: | ---: | ---: |`);
  const browser = await chromium.launch({ executablePath: requireChromium(), args: chromiumArgs });
  for (const path of [...PAGES, ...EMBEDS]) {
    const weight = await pageWeight(browser, path);
    report.push(`| ${path} | ${kb(weight.jsGzip)} | ${kb(weight.jsRaw)} | ${kb(weight.transferred)} | ${weight.requests} |`);
  }
  await browser.close();

  report.push(``, `## Lighthouse, mobile settings (targets: performance ≥ 0.95, accessibility 1.0)`, ``);
  report.push(`| page | performance | accessibility | best practices | LCP ms | TBT ms | CLS |`, `| --- | ---: | ---: | ---: | ---: | ---: | ---: |`);
  for (const path of PAGES) {
    const lh = lighthouse(`${BASE}${path}`);
    report.push(`| ${path} | ${lh.performance} | ${lh.accessibility} | ${lh.bestPractices} | ${lh.lcp} | ${lh.tbt} | ${lh.cls} |`);
  }
} finally {
  stopServer(server);
  rmSync(STATIC_DIR, { recursive: true, force: true });
}

report.push(``, `## HER2 classifier`, ``, ...classifierTiming());

const text = report.join("\n") + "\n";
writeFileSync("bench-report.md", text);
console.log(`\n${text}`);

function run(command, args) {
  const result = spawnSync(command, args, { stdio: "inherit" });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

async function load(url) {
  const result = await autocannon({ url, connections: CONNECTIONS, duration: DURATION });
  return { rps: Math.round(result.requests.average), p50: result.latency.p50, p99: result.latency.p99, errors: result.errors + result.non2xx };
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
    };
  } catch (error) {
    return { performance: `failed: ${error.message.split("\n")[0]}`, accessibility: "", bestPractices: "", lcp: "", tbt: "", cls: "" };
  } finally {
    rmSync(out, { force: true });
  }
}

function classifierTiming() {
  if (!existsSync("tests/bench/her2.bench.ts")) return ["(no classifier benchmark yet)"];
  const result = spawnSync("npx", ["vitest", "bench", "--run", "tests/bench/her2.bench.ts"], { encoding: "utf8" });
  const lines = (result.stdout ?? "").split("\n").filter((line) => /·|name|hz/.test(line));
  return ["```", ...lines.map((l) => l.replace(/\u001b\[[0-9;]*m/g, "")), "```"];
}

function kb(bytes) {
  return (bytes / 1024).toFixed(1);
}
