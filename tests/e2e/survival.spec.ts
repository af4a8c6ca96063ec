import { expect, tabTo, test } from "./fixtures";

test.describe("survival page", () => {
  test("server-renders the chart, callout and comparison with JavaScript off, and its form works", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/survival");
    await expect(page.getByTestId("bar")).toHaveCount(4);
    await expect(page.getByTestId("bar").nth(2)).toContainText("82.7%");
    await expect(page.getByTestId("stage-iv-callout")).toContainText("45.5%");
    await expect(page.getByTestId("compare-sentence")).toContainText("About 83 of 100");
    await page.getByLabel(/5-year relative survival/).check();
    await page.locator("#survival-stage").selectOption("distant");
    await page.getByRole("button", { name: "Update chart" }).click();
    await expect(page).toHaveURL(/measure=five-year-relative/);
    await expect(page.getByTestId("bar")).toHaveCount(5);
    await expect(page.getByTestId("bar").nth(1)).toContainText("45.6%");
    await context.close();
  });

  test("keyboard: Tab reaches the chart, arrows move between bars, values are announced", async ({ page, consoleErrors }) => {
    await page.goto("/survival", { waitUntil: "networkidle" });
    await tabTo(page, "[data-testid=bar]");
    await expect(page.getByTestId("tooltip")).toContainText("92.5%");
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowDown");
    await expect(page.locator("[data-testid=bar]:focus")).toContainText("HR−/HER2+");
    await expect(page.locator("#survival-chart [aria-live=polite]")).toContainText("82.7%");
    await page.keyboard.press("Escape");
    await expect(page.getByTestId("tooltip")).toHaveCount(0);
    expect(consoleErrors).toEqual([]);
  });

  test("the view lives in the URL: a shared link reopens it", async ({ page }) => {
    await page.goto("/survival", { waitUntil: "networkidle" });
    await page.getByLabel(/5-year relative survival/).check();
    await page.locator("#survival-stage").selectOption("regional");
    await expect(page).toHaveURL(/\?measure=five-year-relative&stage=regional$/);
    await page.reload();
    await expect(page.getByTestId("bar")).toHaveCount(5);
    await expect(page.getByTestId("bar").first()).toContainText("90.3%");
  });
});
