// Where Debian's Chromium lives, and the flags it needs on a machine with no outside network.
import { existsSync } from "node:fs";

/** The full browser: screenshots, Lighthouse and the benchmark's page loads, as a reader's Chromium draws them. */
const chromiumPath = process.env.CHROME_PATH ?? "/usr/bin/chromium";

/**
 * The browser the end-to-end suite drives: Debian's `chromium-headless-shell` (the same Chromium
 * build, without the desktop shell), as Playwright itself uses for headless runs. A new page opens
 * about three times as fast, and the suite takes about half the time it takes in the full browser
 * on two cores. Without it, the full browser runs the suite just the same, more slowly.
 */
const HEADLESS_SHELL = "/usr/bin/chromium-headless-shell";
export const testChromiumPath = process.env.E2E_CHROME_PATH ?? (existsSync(HEADLESS_SHELL) ? HEADLESS_SHELL : chromiumPath);

export const chromiumArgs = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** The browser at `path`, or a message saying how to install it and exit. */
export function requireChromium(path = chromiumPath) {
  if (existsSync(path)) return path;
  console.error(
    `No Chromium found at ${path}.\n` +
      "Install Debian's Chromium (no browser is downloaded by the tests):\n" +
      "  sudo apt-get update && sudo apt-get install -y chromium chromium-headless-shell\n" +
      "or point CHROME_PATH (E2E_CHROME_PATH for the tests) at an existing Chromium binary.",
  );
  process.exit(1);
}
