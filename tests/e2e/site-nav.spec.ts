// The site's links on a phone: one line that scrolls sideways, so every page's answer starts higher.
import { expect, test } from "./fixtures";

const PHONE = { width: 375, height: 812 };

test.describe("site navigation at 375 px", () => {
  test("is one scrolling line: the header stays short and the page itself never scrolls sideways", async ({ page }) => {
    await page.setViewportSize(PHONE);
    await page.goto("/");
    const header = await page.locator(".site-header").boundingBox();
    expect(header!.height).toBeLessThan(120);
    const nav = page.getByRole("navigation", { name: "Main" });
    const tops = await nav.getByRole("link").evaluateAll((links) => new Set(links.map((link) => Math.round(link.getBoundingClientRect().top))).size);
    expect(tops).toBe(1);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
  });

  test("opens with the current page's link in view, even one far along the line", async ({ page }) => {
    await page.setViewportSize(PHONE);
    for (const path of ["/data", "/glossary"]) {
      await page.goto(path);
      const current = page.getByRole("navigation", { name: "Main" }).locator("[aria-current=page]");
      await expect(current).toBeInViewport({ ratio: 1 });
    }
  });

  test("a keyboard reader reaches every link, and each comes into view as it takes focus", async ({ page }) => {
    await page.setViewportSize(PHONE);
    await page.goto("/");
    const links = page.getByRole("navigation", { name: "Main" }).getByRole("link");
    const last = links.last();
    for (let presses = 0; presses < 20 && !(await last.evaluate((link) => link === document.activeElement)); presses++) await page.keyboard.press("Tab");
    await expect(last).toBeFocused();
    await expect(last).toBeInViewport({ ratio: 1 });
  });
});

test("the skip link moves focus into the page, so the next Tab is the page's first control, not the navigation", async ({ page }) => {
  await page.goto("/survival");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Skip to content" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.locator("main")).toBeFocused();
  await page.keyboard.press("Tab");
  expect(await page.evaluate(() => document.activeElement?.closest("main") !== null)).toBe(true);
});
