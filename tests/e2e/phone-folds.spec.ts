// On a phone, opening a page's folds and tables never makes the page itself scroll sideways: a wide
// table scrolls in its own box, and nothing inside it (a screen-reader-only note) escapes that box.
import { expect, horizontalOverflow, test } from "./fixtures";

for (const path of [
  "/prevalence",
  "/survival",
  "/trials",
  "/outcomes?age=42&screen=0&size=25&grade=3&nodes=1&er=0&her2=1&ki67=1&pr=0&generation=3&horm=0&traz=1&bis=0&radio=1&heartGy=2&smoker=0",
]) {
  test(`${path.split("?")[0]} at 375px with every fold and table open: no sideways scroll`, async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 812 });
    await page.goto(path, { waitUntil: "networkidle" });
    await page.evaluate(() => {
      for (const details of document.querySelectorAll("main details")) details.setAttribute("open", "");
    });
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
  });
}
