// `npm run screenshots`: serve the production build and capture every page at desktop and phone
// widths, light and dark, into screenshots/ — for looking at what we built as a reader would.
import { mkdirSync } from "node:fs";
import { chromium } from "playwright-core";
import { chromiumArgs, requireChromium } from "./chromium.mjs";
import { startServer, stopServer, waitForServer } from "./server.mjs";

const port = Number(process.env.SHOT_PORT ?? 3141);
const pages = (process.argv[2] ?? "/,/data").split(",");
const widths = [1280, 375];
const schemes = (process.env.SCHEMES ?? "light,dark").split(",");

const server = startServer(port);
try {
  await waitForServer(`http://127.0.0.1:${port}/api`);
  const browser = await chromium.launch({ executablePath: requireChromium(), args: chromiumArgs });
  mkdirSync("screenshots", { recursive: true });
  for (const path of pages) {
    for (const width of widths) {
      for (const colorScheme of schemes) {
        const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme });
        const page = await context.newPage();
        page.on("console", (m) => m.type() === "error" && console.error(`[${path} ${width}] console: ${m.text()}`));
        await page.goto(`http://127.0.0.1:${port}${path}`, { waitUntil: "networkidle" });
        // The live page, as a reader sees it once its scripts have run (components/layout/HydrationMark).
        await page.locator("html[data-hydrated]").waitFor({ state: "attached" });
        const name = `screenshots/${path.replace(/[^a-z0-9]+/gi, "_") || "home"}-${width}-${colorScheme}.png`;
        await page.screenshot({ path: name, fullPage: true });
        console.log(name);
        await context.close();
      }
    }
  }
  await browser.close();
} finally {
  stopServer(server);
}
