import { defineConfig } from "vitest/config";
import { fileURLToPath } from "node:url";

export default defineConfig({
  resolve: { alias: { "@": fileURLToPath(new URL("./", import.meta.url)) } },
  test: {
    environment: "jsdom",
    // e2e specs run in real Chromium through Playwright, never in Vitest.
    include: ["tests/{lib,components,api,data,scripts,server}/**/*.test.{ts,tsx}"],
    setupFiles: ["./tests/setup.ts"],
    benchmark: { include: ["tests/bench/**/*.bench.ts"] },
  },
});
