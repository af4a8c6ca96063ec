import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const PURE_TESTS = "tests/{lib,api,data,scripts,server}/**/*.test.ts";
// Files that replace a module (vi.mock) need a module cache of their own: in a shared one the real
// module is already loaded, or their stand-in leaks into the next file.
const MODULE_MOCKING_TESTS = ["tests/api/image-cache.test.ts"];

export default defineConfig({
  resolve: { alias: { "@": fileURLToPath(new URL("./", import.meta.url)) } },
  test: {
    // Threads start faster than forked processes; nothing under test needs a process of its own.
    pool: "threads",
    // One worker per core: Vitest's default leaves one core to its main process, which on a 2-core
    // machine runs every file in a single worker while the main process mostly waits.
    maxWorkers: "100%",
    benchmark: { include: ["tests/bench/**/*.bench.ts"] },
    // e2e specs run in real Chromium through Playwright, never in Vitest.
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          // lib/ is pure and route handlers run on the server: no DOM to build for them. Their modules
          // hold no state a test changes (no module mocks), so files share a worker's module cache
          // instead of loading zod, the datasets and the classifier again for each file.
          include: [PURE_TESTS],
          exclude: MODULE_MOCKING_TESTS,
          environment: "node",
          isolate: false,
        },
      },
      {
        extends: true,
        test: { name: "unit-isolated", include: MODULE_MOCKING_TESTS, environment: "node" },
      },
      {
        extends: true,
        test: {
          name: "components",
          // Components render into jsdom, each file in a fresh one: they stub fetch, timers and history.
          include: ["tests/components/**/*.test.{ts,tsx}"],
          environment: "jsdom",
          setupFiles: ["./tests/setup.ts"],
          // A whole flow diagram rendered in jsdom shares the cores with the other worker: room to
          // finish on a busy machine, still a failure for a test that hangs.
          testTimeout: 15_000,
        },
      },
    ],
  },
});
