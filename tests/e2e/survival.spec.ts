import { expect, openChartTools, tabTo, test } from "./fixtures";

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
    await page.getByRole("button", { name: "Update chart", exact: true }).click();
    await expect(page).toHaveURL(/measure=five-year-relative/);
    await expect(page.getByTestId("bar")).toHaveCount(5);
    await expect(page.getByTestId("bar").nth(1)).toContainText("45.6%");
    // One form for both charts: changing the pair keeps the chart's settings, and the chart's keep the pair.
    await page.locator("#compare-0").selectOption("hr-pos-her2-pos");
    await page.getByRole("button", { name: "Update comparison" }).click();
    await expect(page).toHaveURL(/measure=five-year-relative/);
    await expect(page).toHaveURL(/compare=hr-pos-her2-pos&compare=hr-neg-her2-neg|compare=hr-pos-her2-pos%2Chr-neg-her2-neg/);
    await expect(page.getByTestId("bar")).toHaveCount(5);
    await expect(page.getByTestId("compare-sentence")).toContainText("About 90 of 100 people with HR+/HER2+");
    await page.locator("input[name=measure][value=four-year-cause-specific]").check();
    await page.getByRole("button", { name: "Update chart", exact: true }).click();
    await expect(page.getByTestId("compare-sentence")).toContainText("About 90 of 100 people with HR+/HER2+");
    await expect(page.getByTestId("url-notice")).toHaveCount(0);
    await context.close();
  });

  test("the comparison: never one subtype twice, its own table, downloads, cite and embed", async ({ page, consoleErrors }) => {
    await page.goto("/survival", { waitUntil: "networkidle" });
    const compare = page.locator("#compare");
    await expect(page.locator("#compare-1 option[value=hr-neg-her2-pos]")).toHaveCount(0);
    await page.locator("#compare-1").selectOption("hr-pos-her2-neg");
    await expect(page.locator("#compare-0 option[value=hr-pos-her2-neg]")).toHaveCount(0);
    await expect(page).toHaveURL(/compare=hr-neg-her2-pos%2Chr-pos-her2-neg$/);
    await compare.getByText("Show the numbers as a table").click();
    await expect(compare.getByTestId("figure-table")).toContainText("92.5%");
    await expect(page).toHaveURL(/view=table/);
    await openChartTools(compare);
    await compare.getByText("Cite this chart").click();
    await expect(compare.getByTestId("cite-text")).toContainText("/survival?compare=hr-neg-her2-pos%2Chr-pos-her2-neg&view=table#compare.");
    await compare.getByText("Embed", { exact: true }).click();
    await expect(compare.locator("textarea")).toHaveValue(/\/embed\/compare\?compare=hr-neg-her2-pos%2Chr-pos-her2-neg/);
    expect(consoleErrors).toEqual([]);
  });

  test("Esc dismisses a tooltip opened by hovering", async ({ page }) => {
    await page.goto("/survival", { waitUntil: "networkidle" });
    // The bar itself: the mark's group has no box of its own to point at.
    await page.getByTestId("bar").nth(1).locator("rect").last().hover();
    await expect(page.getByTestId("tooltip")).toContainText("90.3%");
    await page.keyboard.press("Escape");
    await expect(page.getByTestId("tooltip")).toHaveCount(0);
  });

  test("keyboard: Tab reaches the chart, arrows move between bars, each announced once by its name", async ({ page, consoleErrors }) => {
    await page.goto("/survival", { waitUntil: "networkidle" });
    await tabTo(page, "[data-testid=bar]");
    await expect(page.getByTestId("tooltip")).toContainText("92.5%");
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowDown");
    await expect(page.locator("[data-testid=bar]:focus")).toContainText("HR−/HER2+");
    await expect(page.locator("[data-testid=bar]:focus")).toHaveAccessibleName(/82\.7%/);
    // No live region repeats what the focused bar's name already says (the takeaway's speaks only when the view changes).
    await expect(page.locator("#survival-chart [aria-live]:not([data-testid=takeaway])")).toHaveCount(0);
    await page.keyboard.press("Escape");
    await expect(page.getByTestId("tooltip")).toHaveCount(0);
    expect(consoleErrors).toEqual([]);
  });

  test("on a phone, a bar focused at the screen's lower edge opens its tooltip above it, on screen", async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 667 });
    await page.goto("/survival", { waitUntil: "networkidle" });
    const bar = page.getByTestId("bar").last();
    // The bar's bottom edge 10 px above the screen's: focusing it leaves the page where it is.
    await bar.evaluate((element) => window.scrollBy(0, element.getBoundingClientRect().bottom - window.innerHeight + 10));
    expect((await bar.boundingBox())!.y + (await bar.boundingBox())!.height).toBeCloseTo(667 - 10, 0);
    await bar.focus();
    const tooltip = page.getByTestId("tooltip");
    await expect(tooltip).toContainText("77.0%");
    const [tip, mark] = [await tooltip.boundingBox(), await bar.boundingBox()];
    expect(tip!.y + tip!.height).toBeLessThanOrEqual(mark!.y);
    expect(tip!.y).toBeGreaterThanOrEqual(0);
    // With room below (the first bar near the screen's top), it opens below.
    const first = page.getByTestId("bar").first();
    await first.evaluate((element) => window.scrollBy(0, element.getBoundingClientRect().top - 80));
    await first.focus();
    await expect(tooltip).toContainText("92.5%");
    expect((await tooltip.boundingBox())!.y).toBeGreaterThan((await first.boundingBox())!.y);
  });

  test("on a phone, the control a reader changes stays where it was when the taller chart arrives", async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto("/survival", { waitUntil: "networkidle" });
    const radio = page.getByLabel(/5-year relative survival/);
    await radio.focus();
    const before = (await radio.boundingBox())!.y;
    await page.keyboard.press("Space");
    // The five-year chart has a bar per stage and subtype: many more than the four-year one.
    await expect(page.getByTestId("bar")).not.toHaveCount(4);
    await expect(radio).toBeFocused();
    expect(Math.abs((await radio.boundingBox())!.y - before)).toBeLessThan(2);
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
