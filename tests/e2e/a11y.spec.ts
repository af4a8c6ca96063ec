// The accessibility gate: every page and embed, light and dark, phone and desktop — zero axe violations, no
// horizontal scrolling, a clean console; and a keyboard-only walk where focus is always visible.
import { EMBEDS, PAGES } from "../../scripts/pages.mjs";
import { expect, expectNoAxeViolations, test } from "./fixtures";

const VIEWPORTS = [375, 1280] as const;
const SCHEMES = ["light", "dark"] as const;

for (const path of [...PAGES, ...EMBEDS]) {
  for (const width of VIEWPORTS) {
    for (const colorScheme of SCHEMES) {
      test(`${path} at ${width}px, ${colorScheme}: no axe violations, no horizontal scroll`, async ({ page, consoleErrors }) => {
        await page.emulateMedia({ colorScheme, reducedMotion: "reduce" });
        await page.setViewportSize({ width, height: 900 });
        await page.goto(path, { waitUntil: "networkidle" });
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow, "horizontal overflow in px").toBeLessThanOrEqual(0);
        await expectNoAxeViolations(page);
        expect(consoleErrors).toEqual([]);
      });
    }
  }
}

for (const path of PAGES) {
  test(`${path} renders its content and charts with JavaScript off`, async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    if (path !== "/data") expect(await page.locator("svg").count()).toBeGreaterThan(0);
    await context.close();
  });

  test(`${path} reflows at 320px without horizontal scrolling`, async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 800 });
    await page.goto(path, { waitUntil: "networkidle" });
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
  });

  test(`${path}: keyboard-only walk, focus always visible and never stuck`, async ({ page }) => {
    await page.goto(path, { waitUntil: "networkidle" });
    const seen: string[] = [];
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press("Tab");
      const focused = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return null;
        const box = el.getBoundingClientRect();
        const style = getComputedStyle(el);
        return {
          key: `${el.tagName}#${el.id}.${el.getAttribute("data-id") ?? ""}${el.textContent?.slice(0, 30) ?? ""}`,
          visible: box.width > 0 && box.height > 0 && style.visibility !== "hidden",
        };
      });
      if (!focused) break; // walked off the end of the page
      expect(focused.visible, `focused element is visible: ${focused.key}`).toBe(true);
      seen.push(focused.key);
    }
    expect(seen.length).toBeGreaterThan(3);
    expect(seen[0]).toContain("Skip to content");
  });
}
