import { expect, test } from "./fixtures";

const FOUR_YEAR = ["92.5%", "90.3%", "82.7%", "77.0%"];

test.describe("home page", () => {
  test("shows the four-year figures and their source with JavaScript disabled", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/");
    const bars = page.getByTestId("bar");
    await expect(bars).toHaveCount(4);
    for (const [i, value] of FOUR_YEAR.entries()) await expect(bars.nth(i)).toContainText(value);
    // One line under the chart names the source; it links to the full citation in the page's one citation block.
    const source = page.locator("#home-survival").getByTestId("source-note").getByRole("link", { name: "Howlader et al., 2018" });
    await expect(source).toHaveAttribute("href", "#source-howlader-2018-cebp");
    await expect(page.locator("#source-howlader-2018-cebp")).toBeHidden();
    await source.click();
    await expect(page.locator("#source-howlader-2018-cebp")).toContainText(/Howlader N, Cronin KA/);
    await expect(page.locator("#source-howlader-2018-cebp")).toBeVisible();
    await expect(page.getByTestId("her2-positive-share")).toHaveText("13.6%");
    await expect(page.getByRole("heading", { name: "Four-year breast cancer-specific survival by subtype" })).toBeVisible();
    await page.getByText("Show the numbers as a table").click();
    await expect(page.getByTestId("figure-table").locator("tbody td.num")).toHaveText(FOUR_YEAR);
    await context.close();
  });

  test("the survival chart's wording switch rewords it, keeping the numbers, and Details shows the table and notes", async ({ page, consoleErrors }) => {
    await page.goto("/", { waitUntil: "networkidle" });
    const first = page.getByTestId("bar").first();
    const plain = await first.getAttribute("aria-label");
    const chart = page.locator("#home-survival");
    await expect(chart.getByTestId("figure-table")).toBeHidden();
    await expect(chart.getByTestId("chart-notes").getByText(/Not relative and not overall survival/)).toBeHidden();
    await page.getByLabel("Details").check();
    await expect(first).not.toHaveAttribute("aria-label", plain ?? "");
    await expect(first).toHaveAttribute("aria-label", /92\.5%/);
    await expect(chart.getByTestId("figure-table")).toBeVisible();
    await expect(chart.getByTestId("chart-notes").getByText(/Not relative and not overall survival/)).toBeVisible();
    await page.getByLabel("Plain language").check();
    await expect(chart.getByTestId("figure-table")).toBeHidden();
    expect(consoleErrors).toEqual([]);
  });

  test("the data page lists every dataset with downloads", async ({ page, consoleErrors }) => {
    await page.goto("/data");
    for (const name of ["subtypes", "prevalence", "survival"]) {
      await expect(page.getByRole("heading", { name, exact: true })).toBeVisible();
      await expect(page.locator(`a[href="/api/${name}?format=csv"]`)).toBeVisible();
    }
    expect(consoleErrors).toEqual([]);
  });
});
