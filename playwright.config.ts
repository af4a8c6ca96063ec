import { defineConfig } from "@playwright/test";
import { chromiumArgs, testChromiumPath } from "./scripts/chromium.mjs";

/** A port of its own: never reuse a server someone else left running. */
const PORT = Number(process.env.E2E_PORT ?? 3131);

export default defineConfig({
  testDir: "tests/e2e",
  testMatch: /.*\.spec\.ts/,
  // Two workers over all tests: most of a test is waiting on the server and the browser, not CPU.
  workers: Number(process.env.E2E_WORKERS ?? 2),
  fullyParallel: true,
  // Axe passes over large SVGs take seconds each on a 2-core machine shared with the server and build.
  timeout: 60_000,
  reporter: [["list"], ["json", { outputFile: ".playwright.json" }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    browserName: "chromium",
    launchOptions: { executablePath: testChromiumPath, args: chromiumArgs },
  },
  webServer: {
    // The deployable server (output "standalone" with server/index.mjs), assembled from the last
    // `next build` and started as the Dockerfile starts it, on loopback.
    command: "node scripts/standalone.mjs serve",
    url: `http://127.0.0.1:${PORT}/api`,
    reuseExistingServer: false,
    timeout: 180_000,
    // Absolute links in page metadata (oEmbed discovery, social images) name the server under test.
    env: { NEXT_TELEMETRY_DISABLED: "1", PORT: String(PORT), HOSTNAME: "127.0.0.1", SITE_URL: `http://127.0.0.1:${PORT}` },
  },
});
