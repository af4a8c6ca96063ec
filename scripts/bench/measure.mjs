// The measurements `npm run bench` takes: throughput under load, page weight, Lighthouse.
import { execFileSync } from "node:child_process";
import { readFileSync, rmSync } from "node:fs";
import { gzipSync } from "node:zlib";
import autocannon from "autocannon";
import { chromiumArgs, requireChromium } from "../chromium.mjs";

export const CONNECTIONS = 50;
/** Extra Chromium flags for every Lighthouse run (npm run bench's LIGHTHOUSE_CHROME_FLAGS). */
export const LIGHTHOUSE_CHROME_FLAGS = process.env.LIGHTHOUSE_CHROME_FLAGS ?? "";
const WARMUP_SECONDS = 2;

/** Requests per second and latency over `seconds`, after a short warm-up so both sides run warm code. */
export async function throughput(url, seconds) {
  await autocannon({ url, connections: CONNECTIONS, duration: WARMUP_SECONDS });
  const result = await autocannon({ url, connections: CONNECTIONS, duration: seconds });
  return {
    rps: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
  };
}

/** Every script the page loads until the network is quiet, each gzipped on its own as a server sends it. */
export async function pageWeight(browser, url) {
  const context = await browser.newContext({ viewport: { width: 375, height: 800 } });
  const page = await context.newPage();
  const responses = [];
  page.on("response", (response) => responses.push(response));
  await page.goto(url, { waitUntil: "networkidle" });
  let jsRaw = 0;
  let jsGzip = 0;
  let transferred = 0;
  for (const response of responses) {
    const sizes = await response
      .request()
      .sizes()
      .catch(() => null);
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

/** One Lighthouse run (mobile settings): scores and the figures behind performance. */
export function lighthouse(url) {
  const out = `.lighthouse-${Date.now()}.json`;
  try {
    execFileSync(
      "node_modules/.bin/lighthouse",
      [
        url,
        "--quiet",
        "--output=json",
        `--output-path=${out}`,
        "--only-categories=performance,accessibility,best-practices",
        `--chrome-flags=--headless ${[...chromiumArgs, LIGHTHOUSE_CHROME_FLAGS].join(" ")}`,
      ],
      {
        env: { ...process.env, CHROME_PATH: requireChromium() },
        stdio: "ignore",
      },
    );
    const lhr = JSON.parse(readFileSync(out, "utf8"));
    const audit = (id) => lhr.audits[id]?.numericValue;
    const observed = lhr.audits.metrics?.details?.items?.[0] ?? {};
    return {
      performance: lhr.categories.performance.score,
      accessibility: lhr.categories.accessibility.score,
      bestPractices: lhr.categories["best-practices"].score,
      lcp: Math.round(audit("largest-contentful-paint")),
      tbt: Math.round(audit("total-blocking-time")),
      cls: audit("cumulative-layout-shift")?.toFixed(3),
      // The unthrottled load Lighthouse simulates from: all work before this paint counts towards FCP and LCP.
      observedPaint: observed.observedFirstContentfulPaint,
      observedDomContentLoaded: observed.observedDomContentLoaded,
      benchmarkIndex: Math.round(lhr.environment.benchmarkIndex),
    };
  } catch (error) {
    return { error: error.message.split("\n")[0] };
  } finally {
    rmSync(out, { force: true });
  }
}

/** The run with the median performance score, and the range: Lighthouse varies from run to run. */
export function median(runs) {
  const scored = runs.filter((run) => typeof run.performance === "number").sort((a, b) => a.performance - b.performance);
  if (scored.length === 0) return null;
  return {
    ...scored[Math.floor(scored.length / 2)],
    range: `${scored[0].performance}–${scored[scored.length - 1].performance}`,
    failed: runs.length - scored.length,
  };
}

export function kb(bytes) {
  return (bytes / 1024).toFixed(1);
}
