// The container's runner stage without Docker (there is no engine here): the assembled standalone
// folder copied on its own, away from the repo's node_modules as the image has it, started with the
// Dockerfile's ENV and CMD and checked with its HEALTHCHECK. A file the build's trace missed, or a
// folder the assembly forgot, fails here rather than in production.
import { type ChildProcess, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, test } from "@playwright/test";
import { runnerStage } from "../../scripts/dockerfile.mjs";
import { stopServer, waitForServer } from "../../scripts/server.mjs";
import { SERVER_COMMAND, stageStandalone, startStandalone } from "../../scripts/standalone-server.mjs";
import { expectSecurityHeaders } from "./security-headers";

const runner = runnerStage(readFileSync("Dockerfile", "utf8"));
/** The port after the suite's own server's: this one is ours alone, and only on loopback. */
const PORT = Number(process.env.E2E_PORT ?? 3131) + 1;
const BASE = `http://127.0.0.1:${PORT}`;
/**
 * What the container's process sees: the image's ENV (its NODE_ENV replaces the one the type asks
 * for) and nothing of this machine's but PATH; our port, and loopback rather than every interface.
 */
const containerEnv: NodeJS.ProcessEnv = { NODE_ENV: "production", PATH: process.env.PATH, ...runner.env, PORT: String(PORT), HOSTNAME: "127.0.0.1" };

test.describe.configure({ mode: "serial" });

let folder: string;
let server: ChildProcess;

test.beforeAll(async () => {
  // The server renders its default views before it listens: slower to start than Next alone.
  test.setTimeout(150_000);
  folder = stageStandalone(join(mkdtempSync(join(tmpdir(), "her2-runner-")), "app"));
  expect(runner.cmd).toEqual(SERVER_COMMAND);
  server = startStandalone({ dir: folder, port: PORT, hostname: "127.0.0.1", env: containerEnv });
  await waitForServer(`${BASE}/api`, 120_000);
});

test.afterAll(async () => {
  if (server) await stopServer(server);
  if (folder) rmSync(join(folder, ".."), { recursive: true, force: true });
});

function healthcheck() {
  const [command, ...args] = runner.healthcheck!.cmd;
  return spawnSync(command!, args, { env: containerEnv, timeout: 10_000 }).status;
}

test("answers the home page and the API index with the security headers", async ({ request }) => {
  for (const path of ["/", "/api"]) {
    const response = await request.get(`${BASE}${path}`);
    expect(response.status(), path).toBe(200);
    expectSecurityHeaders(response, "'self'");
  }
  expect(await (await request.get(`${BASE}/api`)).json()).toHaveProperty("datasets");
});

test("serves what the assembly copies into the folder, and renders images with sharp", async ({ request }) => {
  const html = await (await request.get(`${BASE}/`)).text();
  const chunk = /src="(\/_next\/static\/[^"]+\.js)"/.exec(html)?.[1];
  expect(chunk, "a script chunk on the home page").toBeTruthy();
  expect((await request.get(`${BASE}${chunk}`)).status(), ".next/static").toBe(200);
  expect((await request.get(`${BASE}/embed.js`)).status(), "public/").toBe(200);
  const png = await request.get(`${BASE}/api/charts/survival.png?size=square`);
  expect(png.status()).toBe(200);
  expect(png.headers()["content-type"]).toBe("image/png");
  expect((await png.body()).subarray(1, 4).toString()).toBe("PNG");
});

test("passes the Dockerfile's health check while it runs, and fails it once stopped", async () => {
  expect(healthcheck()).toBe(0);
  await stopServer(server);
  expect(healthcheck()).toBe(1);
});
