import { readFileSync } from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import { test as base, expect, type Locator, type Page, type Response } from "@playwright/test";
import type { AxeResults, Result, RunOptions } from "axe-core";

/** A page whose console errors and uncaught exceptions are collected and must be empty at the end. */
export const test = base.extend<{ consoleErrors: string[] }>({
  // With JavaScript on, a navigation to a page resolves once React has hydrated it (HydrationMark):
  // network quiet says nothing about whether the scripts have run, and a test acting before then
  // clicks and hovers a page that is not listening yet.
  page: async ({ page, javaScriptEnabled }, use) => {
    if (javaScriptEnabled !== false) {
      // What the page was still waiting for, should it not hydrate: a rare stall (stops 31 and 32) to diagnose.
      const open = new Set<string>();
      const said: string[] = [];
      page.on("request", (request) => open.add(request.url()));
      page.on("requestfinished", (request) => open.delete(request.url()));
      page.on("requestfailed", (request) => open.delete(request.url()));
      page.on("console", (message) => said.push(`${message.type()}: ${message.text()}`));
      const hydrated = async <R extends Response | null>(response: R): Promise<R> => {
        // Only the Atlas's own pages with their scripts hydrate: not an embedder's page, nor a page
        // whose scripts the no-JavaScript checks stripped.
        const isAtlasPage = response?.headers()["content-type"]?.startsWith("text/html") && (await page.locator('script[src*="/_next/"]').count()) > 0;
        if (isAtlasPage) {
          await page
            .locator("html[data-hydrated]")
            .waitFor({ state: "attached", timeout: 45_000 })
            .catch(() => {
              throw new Error(
                `${page.url()} did not hydrate in 45 s. Requests still open: ${[...open].join(", ") || "none"}. Console: ${said.join(" | ") || "nothing"}.`,
              );
            });
        }
        return response;
      };
      const goto = page.goto.bind(page);
      const reload = page.reload.bind(page);
      page.goto = async (url, options) => hydrated(await goto(url, options));
      page.reload = async (options) => hydrated(await reload(options));
    }
    await use(page);
  },
  consoleErrors: async ({ page }, use) => {
    const errors: string[] = [];
    page.on("console", (message) => {
      if (message.type() === "error") errors.push(message.text());
    });
    page.on("pageerror", (error) => errors.push(error.message));
    await use(errors);
    expect(errors, "browser console errors").toEqual([]);
  },
});

export { expect };

/** The axe rules whose outcome depends on colour: all a change of colour scheme can alter. */
const COLOUR_RULES = ["color-contrast", "link-in-text-block"];

/** axe-core itself, read once per worker: injected into a page as a script. */
const AXE_SOURCE = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

/**
 * axe's violations on the loaded page. Without frames, axe is injected once per document and run in
 * the page itself: the same rules on the same nodes as AxeBuilder, which evaluates its 500 kB source
 * twice on every pass (a second per page on a busy 2-core machine). A page with frames keeps
 * AxeBuilder, which reaches into cross-origin frames.
 */
async function axeViolations(page: Page, options: RunOptions): Promise<Result[]> {
  if (page.frames().length > 1) return (await new AxeBuilder({ page }).options(options).analyze()).violations;
  if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(AXE_SOURCE);
  return page
    .evaluate(
      (options) => (window as unknown as { axe: { run: (context: Document, options: RunOptions) => Promise<AxeResults> } }).axe.run(document, options),
      options,
    )
    .then((results) => results.violations);
}

export async function expectNoAxeViolations(page: Page, { soft = false, colourOnly = false } = {}) {
  const violations = await axeViolations(page, {
    // axe's default rules (WCAG 2.0–2.2 A and AA, and best practices), or only those colour decides.
    ...(colourOnly ? { runOnly: { type: "rule", values: COLOUR_RULES } } : {}),
    // Every violation is listed in full; only the passing nodes are not collected (a selector built
    // for each of them).
    resultTypes: ["violations"],
  });
  const summary = violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  (soft ? expect.soft : expect)(summary, "axe violations").toEqual([]);
}

export const SCHEMES = ["light", "dark"] as const;
export type Scheme = (typeof SCHEMES)[number];

/** How far the page scrolls sideways, in px: more than 0 fails reflow. */
export function horizontalOverflow(page: Page) {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

/**
 * Runs `check` on the loaded page in light and then in dark. The themes are prefers-color-scheme media
 * queries that set colour properties only, and no script reads the scheme (lib/theme.ts), so switching
 * the emulated scheme shows what a reader in that scheme loads, without loading the page again. Each
 * scheme is a step of its own.
 */
export async function inEachScheme(page: Page, check: (scheme: Scheme) => Promise<void>) {
  for (const colorScheme of SCHEMES) {
    await page.emulateMedia({ colorScheme });
    await test.step(colorScheme, () => check(colorScheme));
  }
}

/**
 * Zero axe violations in light and in dark; soft, so one run reports both schemes. Dark changes only
 * colours, so after the full pass in light the dark pass runs the rules colour can fail.
 */
export async function expectNoAxeViolationsInEachScheme(page: Page) {
  await inEachScheme(page, (scheme) => expectNoAxeViolations(page, { soft: true, colourOnly: scheme !== "light" }));
}

/** The page audit in light and in dark: no horizontal scrolling, zero axe violations (soft, as above). */
export async function auditEachScheme(page: Page) {
  await inEachScheme(page, async (scheme) => {
    expect.soft(await horizontalOverflow(page), "horizontal overflow in px").toBeLessThanOrEqual(0);
    await expectNoAxeViolations(page, { soft: true, colourOnly: scheme !== "light" });
  });
}

/** Press Tab until the focused element matches `selector` (bounded), as a keyboard user would. */
export async function tabTo(page: Page, selector: string, maxPresses = 60) {
  for (let i = 0; i < maxPresses; i++) {
    await page.keyboard.press("Tab");
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}

/** Opens a chart's "Download, embed or cite" disclosure, where its downloads, image links, embed snippet and citation live. */
export async function openChartTools(scope: Page | Locator) {
  const summary = scope.getByText("Download, embed or cite", { exact: true }).first();
  if ((await summary.locator("xpath=ancestor::details[1]").getAttribute("open")) === null) await summary.click();
}
