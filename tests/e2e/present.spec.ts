import { expect, expectNoAxeViolations, test } from "./fixtures";

test.describe("presentation mode", () => {
  test("steps through the sequence with the keyboard, each slide citing its source", async ({ page, consoleErrors }) => {
    await page.goto("/present", { waitUntil: "networkidle" });
    await expect(page.locator(".site-header")).toHaveCount(0);
    const visible = page.locator("[data-testid=slide]:visible");
    await expect(visible).toHaveCount(1);
    await expect(visible).toHaveAttribute("aria-label", /^1 of 5: Four-year/);
    await expect(visible.locator("svg").first()).toContainText("Howlader");
    await page.keyboard.press("ArrowRight");
    await expect(visible).toHaveAttribute("aria-label", /^2 of 5: Five-year/);
    await expect(page).toHaveURL(/slide=2/);
    await page.keyboard.press("ArrowRight");
    await expect(visible).toContainText("About 83 of 100");
    await expect(visible).toContainText("Source: Howlader");
    await page.keyboard.press("End");
    await expect(page.getByTestId("slide-position")).toHaveText("5 / 5");
    await expect(visible).toContainText("How a HER2 test result is read");
    await expect(visible).toContainText("Source: ASCO/CAP");
    await page.keyboard.press("ArrowRight");
    await expect(page.getByTestId("slide-position")).toHaveText("5 / 5");
    await page.keyboard.press("Home");
    await expect(page.getByTestId("slide-position")).toHaveText("1 / 5");
    expect(consoleErrors).toEqual([]);
  });

  for (const theme of ["light", "dark"] as const) {
    test(`the ${theme} theme has no axe violations`, async ({ page }) => {
      await page.goto(`/present?theme=${theme}&slide=3`, { waitUntil: "networkidle" });
      await expect(page.getByTestId("slide-position")).toHaveText("3 / 5");
      await expectNoAxeViolations(page);
    });
  }

  test("without JavaScript every slide is listed", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/present");
    await expect(page.locator("[data-testid=slide]:visible")).toHaveCount(5);
    await context.close();
  });
});
