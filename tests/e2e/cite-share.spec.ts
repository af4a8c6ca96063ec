// Cite and share (issue 20, item 5): every chart's "Cite this chart" copies a link to the exact view
// and downloads the citation as BibTeX and RIS, naming the atlas, the view, the release and the source;
// its embed snippet takes the embed's look.
import { readFile } from "node:fs/promises";
import { DATA_VERSION } from "../../lib/release";
import { expect, expectNoAxeViolationsInEachScheme, openChartTools, tabTo, test } from "./fixtures";

const VIEW = "/survival?measure=five-year-relative&stage=distant";

test("copy link (by keyboard) gives the exact view, and the citation files name the atlas, the view, the release and the source", async ({
  page,
  context,
  baseURL,
  consoleErrors,
}) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: baseURL });
  await page.goto(VIEW);
  const chart = page.locator("#survival-chart");
  await openChartTools(chart);
  await chart.getByText("Cite this chart").click();
  const exact = `${baseURL}${VIEW}#survival-chart`;
  await expect(chart.getByRole("link", { name: "Link to this view" })).toHaveAttribute("href", exact);

  await tabTo(page, "#survival-chart .cite-this button");
  await page.keyboard.press("Enter");
  await expect(chart.getByRole("status").filter({ hasText: "Link copied." })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(exact);

  const [bib] = await Promise.all([page.waitForEvent("download"), chart.getByRole("link", { name: "BibTeX (.bib)" }).click()]);
  expect(bib.suggestedFilename()).toMatch(/^her2-atlas-.+\.bib$/);
  const bibtex = await readFile((await bib.path())!, "utf8");
  expect(bibtex).toMatch(/^@misc\{her2-atlas:/);
  expect(bibtex).toContain("author = {{HER2 Atlas}}");
  expect(bibtex).toContain(`url = {${exact}}`);
  expect(bibtex).toContain(`version = {${DATA_VERSION}}`);
  expect(bibtex).toMatch(/urldate = \{\d{4}-\d{2}-\d{2}\}/);
  expect(bibtex).toContain("Data: ");

  const [ris] = await Promise.all([page.waitForEvent("download"), chart.getByRole("link", { name: "RIS (.ris)" }).click()]);
  expect(ris.suggestedFilename()).toMatch(/^her2-atlas-.+\.ris$/);
  const record = await readFile((await ris.path())!, "utf8");
  expect(record.startsWith("TY  - ELEC\r\n")).toBe(true);
  expect(record).toContain(`UR  - ${exact}\r\n`);
  expect(record).toContain(`ET  - Data release ${DATA_VERSION}\r\n`);
  expect(record).toMatch(/\r\nN1 {2}- Data: .+\r\n/);
  expect(record.endsWith("ER  - \r\n")).toBe(true);

  // The open citation and the snippet's choices, in both schemes.
  await chart.getByText("Embed", { exact: true }).click();
  await chart.getByRole("radio", { name: "Dark" }).check();
  await expect(chart.locator(".embed-snippet textarea")).toHaveValue(/embed\/survival\?measure=five-year-relative&amp;stage=distant&amp;theme=dark"/);
  await expectNoAxeViolationsInEachScheme(page);
  expect(consoleErrors).toEqual([]);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the citation offers a plain link to the chart on this very view", async ({ page }) => {
    await page.goto(VIEW);
    const chart = page.locator("#survival-chart");
    await openChartTools(chart);
    await chart.getByText("Cite this chart").click();
    const link = chart.getByRole("link", { name: "Link to this view" });
    await expect(link).toHaveAttribute("href", "#survival-chart");
    // Relative to the page it is on: the view's own address.
    expect(await link.evaluate((a) => (a as HTMLAnchorElement).href)).toMatch(/\/survival\?measure=five-year-relative&stage=distant#survival-chart$/);
    await expect(chart.getByRole("button", { name: "Copy link" })).toHaveCount(0);
  });
});
