// `npm run load:cdn`: the deployable arrangement under load (design.md §8), on loopback. The
// standalone server, copied and started as the Dockerfile's runner stage starts it, and Debian's
// nginx with deploy/nginx's caching configuration in front of it. `npm run load`'s load test runs
// straight at the app, then through the cache; one markdown table sets the two side by side, with
// the share of answers the cache gave by itself per kind of route. Any connection error, timeout or
// unexpected status in either run fails it. Everything it started is stopped at the end, on a
// failure and on Ctrl-C, and its temporary folder (app copy, nginx configuration, cache) removed.
import { execFileSync, spawnSync } from "node:child_process";
import { chmodSync, closeSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { comparisonTable } from "./load-report.mjs";
import { CONNECTIONS, createLoad, ROUTES } from "./load-test.mjs";
import { ensureNginx, NGINX, startNginx } from "./nginx.mjs";
import { stopServer, waitForServer } from "./server.mjs";
import { assembleStandalone, STANDALONE_DIR, stageStandalone, startStandalone } from "./standalone-server.mjs";

const APP_PORT = Number(process.env.LOAD_APP_PORT ?? 3162);
const CACHE_PORT = Number(process.env.LOAD_CACHE_PORT ?? 3163);
const APP = `http://127.0.0.1:${APP_PORT}`;
const CACHE = `http://127.0.0.1:${CACHE_PORT}`;
const SECONDS = Number(process.env.LOAD_SECONDS ?? 30);
const WARMUP_SECONDS = Number(process.env.LOAD_WARMUP_SECONDS ?? 10);

process.env.NEXT_TELEMETRY_DISABLED = "1";
const work = mkdtempSync(join(tmpdir(), "her2-load-cdn-"));
// nginx started as root runs its workers as an unprivileged user, who must reach the cache in here.
chmodSync(work, 0o755);
const logs = { app: join(work, "app.log"), nginx: join(work, "nginx", "error.log") };
/** Child processes, in the order started; stopped in reverse. */
const started = [];
let stopping = null;

function stopAll() {
  stopping ??= (async () => {
    for (const child of started.reverse()) await stopServer(child);
    rmSync(work, { recursive: true, force: true });
  })();
  return stopping;
}

for (const [signal, code] of [
  ["SIGINT", 130],
  ["SIGTERM", 143],
]) {
  process.once(signal, () => {
    console.error(`\n${signal}: stopping the app and nginx…`);
    stopAll().finally(() => process.exit(code));
  });
}

/** The load test against one base URL: readiness pass, connections, warm-up, then the measured run. */
async function measure(base, header) {
  const load = createLoad(base, { header });
  try {
    await load.ready();
    await load.openConnections();
    const warmup = await load.run(WARMUP_SECONDS);
    const result = await load.run(SECONDS);
    const unexpected = load.unexpectedStatuses();
    return {
      ...result,
      warmupFailures: warmup.errors + warmup.timeouts,
      unexpected: unexpected.length,
      unexpectedLines: unexpected,
      connections: load.connectionsUsed(),
    };
  } finally {
    load.close();
  }
}

/** A deployment's smoke check: the home page and the API index answer, with the security headers. */
async function checkServes(base) {
  for (const path of ["/", "/api"]) {
    const response = await fetch(`${base}${path}`);
    const missing = ["content-security-policy", "x-content-type-options", "referrer-policy"].filter((name) => !response.headers.has(name));
    if (response.status !== 200 || missing.length > 0)
      throw new Error(`${base}${path} answered ${response.status}${missing.length ? `, without ${missing.join(", ")}` : ""}`);
  }
}

function tail(path, lines = 20) {
  return existsSync(path) ? readFileSync(path, "utf8").trimEnd().split("\n").slice(-lines).join("\n") : "(no log)";
}

let failed = false;
try {
  if (!existsSync(`${STANDALONE_DIR}/server.js`)) execFileSync("npx", ["next", "build"], { stdio: "inherit" });
  ensureNginx();
  assembleStandalone();
  const appDir = stageStandalone(join(work, "app"));
  const appLog = openSync(logs.app, "a");
  started.push(startStandalone({ dir: appDir, port: APP_PORT, stdio: ["ignore", appLog, appLog] }));
  closeSync(appLog);
  started.push(startNginx({ dir: join(work, "nginx"), listen: `127.0.0.1:${CACHE_PORT}`, upstream: `127.0.0.1:${APP_PORT}` }));
  await waitForServer(`${APP}/api`);
  await waitForServer(`${CACHE}/api`);
  await checkServes(APP);
  await checkServes(CACHE);

  const direct = await measure(APP);
  const cached = await measure(CACHE, "x-cache-status");
  const served = [...cached.headerCounts.values()].flatMap((counts) => [...counts.keys()]);

  console.log(
    [
      `## Load through nginx's cache (npm run load:cdn)`,
      ``,
      `${new Date().toISOString()}, ${process.platform} ${process.arch}, Node ${process.version}, ${spawnSync(NGINX, ["-v"], { encoding: "utf8" }).stderr.trim()}.`,
      `Each run: ${SECONDS} s after a ${WARMUP_SECONDS} s warm-up, ${CONNECTIONS} keep-alive connections opened beforehand, ${ROUTES.length} routes round-robin, on loopback; the standalone server alone, then nginx (one worker) in front of the same server. Cache figures count the measured run only (after the warm-up filled the cache).`,
      ``,
      comparisonTable(direct, cached),
      ``,
      `Connections used: ${direct.connections} straight, ${cached.connections} through the cache (${CONNECTIONS} opened before the load).`,
    ].join("\n"),
  );
  for (const [label, run] of [
    ["straight to the app", direct],
    ["through the cache", cached],
  ]) {
    if (run.errors + run.timeouts + run.warmupFailures > 0) {
      failed = true;
      console.error(`FAIL ${label}: ${run.errors} errors, ${run.timeouts} timeouts (${run.warmupFailures} in the warm-up)`);
    }
    if (run.unexpected > 0) {
      failed = true;
      console.error(`FAIL ${label}: routes answered an unexpected status\n  ${run.unexpectedLines.join("\n  ")}`);
    }
  }
  // Without the header the answers did not come through the cache at all.
  if (!served.some((value) => value !== "none")) {
    failed = true;
    console.error("FAIL: no answer through nginx carried X-Cache-Status");
  }
} catch (error) {
  failed = true;
  // Stopped by a signal, the requests in flight fail: nothing to report, the signal's handler exits.
  if (stopping) await stopping;
  console.error(`FAIL: ${error.message}`);
  console.error(`--- app log (last lines) ---\n${tail(logs.app)}\n--- nginx error log (last lines) ---\n${tail(logs.nginx)}`);
} finally {
  await stopAll();
}
process.exit(failed ? 1 : 0);
