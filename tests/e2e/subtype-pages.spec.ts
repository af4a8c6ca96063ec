// The four subtype pages (issue 17 point 2): answer first on a phone, the key figures in the server's
// HTML, the citation block reachable from every one-line source, and any other id the site's 404.
// Axe in light and dark at 375 and 1280 px, reflow at 320 px and the keyboard walk run for these
// pages in a11y.spec.ts, which visits every page in scripts/pages.mjs.
import { datasets } from "../../lib/datasets";
import { formatFigure } from "../../lib/format";
import { subtypeFigures } from "../../lib/subtype-page/figures";
import { SUBTYPE_IDS, subtypePath } from "../../lib/subtypes";
import { expect, test } from "./fixtures";

const PHONE = { width: 375, height: 812 };

/** The top of an element in page coordinates, as a reader scrolling from the top meets it. */
async function pageTop(page: import("@playwright/test").Page, testId: string): Promise<number> {
  return page.getByTestId(testId).evaluate((el) => el.getBoundingClientRect().top + window.scrollY);
}

for (const id of SUBTYPE_IDS) {
  const path = subtypePath(id);
  const figures = subtypeFigures(id, datasets);

  test(`${path} at 375×812: the four-year figure on the first screen, the share on the second`, async ({ page }) => {
    await page.setViewportSize(PHONE);
    await page.goto(path);
    const fourYear = await pageTop(page, "four-year-figure");
    const share = await pageTop(page, "share-figure");
    expect(fourYear, "four-year figure's top, px").toBeLessThanOrEqual(PHONE.height);
    expect(share, "share figure's top, px").toBeLessThanOrEqual(2 * PHONE.height);
    test.info().annotations.push({ type: "positions", description: `four-year ${Math.round(fourYear)} px, share ${Math.round(share)} px` });
  });

  test(`${path} without JavaScript: its key figures are in the server's HTML`, async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: PHONE });
    const page = await context.newPage();
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    await expect(page.getByTestId("four-year-figure")).toHaveText(formatFigure(figures.fourYear));
    await expect(page.getByTestId("share-figure")).toHaveText(formatFigure(figures.share!));
    // The by-stage bars are drawn on the server, each printing its figure; the table (closed) holds the same.
    for (const [chart, rows] of [
      ["five-year-by-stage", figures.fiveYearByStage],
      ["four-year-by-stage", figures.fourYearByStage],
    ] as const) {
      await expect(page.getByTestId(chart).locator("svg [data-testid=bar]")).toHaveCount(rows.length);
      const printed = rows.filter((row) => row.value !== null).map((row) => formatFigure(row));
      await expect(page.getByTestId(chart).locator("svg .chart-value")).toHaveText(printed);
      for (const row of rows) await expect(page.getByTestId(chart).locator("table")).toContainText(formatFigure(row));
    }
    await context.close();
  });
}

test("HR−/HER2+ reads 82.7% and 4.0%, as the issue names them", async ({ page }) => {
  await page.goto(subtypePath("hr-neg-her2-pos"));
  await expect(page.getByTestId("four-year-figure")).toHaveText("82.7%");
  await expect(page.getByTestId("share-figure")).toHaveText("4.0%");
});

test("a one-line source opens the citation block at its entry, without JavaScript", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(subtypePath("hr-pos-her2-neg"));
  const entry = page.locator("#source-howlader-2018-cebp");
  await expect(entry).toBeHidden();
  await page.getByRole("link", { name: "Source [1]" }).first().click();
  await expect(entry).toBeVisible();
  await expect(entry).toBeInViewport();
  await context.close();
});

test("an id that is not one of the four is the site's 404", async ({ page }) => {
  for (const id of ["unknown", "her2-positive", "hr-neg-her2-pos-x"]) {
    const response = await page.goto(`/subtypes/${id}`);
    expect(response?.status(), id).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
  }
});

test("/subtypes links to each subtype page, and each page back to the overview", async ({ page }) => {
  await page.goto("/subtypes");
  const cards = page.getByTestId("subtype-page-link");
  await expect(cards).toHaveCount(SUBTYPE_IDS.length);
  await cards.nth(2).getByRole("link").click();
  await expect(page).toHaveURL(new RegExp(`${subtypePath(SUBTYPE_IDS[2])}$`));
  await page.getByRole("link", { name: "The four subtypes" }).click();
  await expect(page).toHaveURL(/\/subtypes$/);
});
