// Where Debian's Chromium lives, and the flags it needs on a machine with no outside network.
import { existsSync } from "node:fs";

export const chromiumPath = process.env.CHROME_PATH ?? "/usr/bin/chromium";

export const chromiumArgs = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export function requireChromium() {
  if (existsSync(chromiumPath)) return chromiumPath;
  console.error(
    `No Chromium found at ${chromiumPath}.\n` +
      "Install Debian's Chromium (no browser is downloaded by the tests):\n" +
      "  sudo apt-get update && sudo apt-get install -y chromium\n" +
      "or point CHROME_PATH at an existing Chromium binary.",
  );
  process.exit(1);
}
