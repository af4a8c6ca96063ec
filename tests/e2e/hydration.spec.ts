import { expect, test } from "./fixtures";

// A chart's marks reach the browser as markup inside its <svg> (components/charts/SceneSvg): React
// hydrates the svg, not each mark, which is most of a chart page's main-thread work on a phone.
// The marks still explore by keyboard: ExplorableChart works on the DOM. A chart in a closed fold is
// not hydrated at all until the fold first opens (components/chart/ChartFold).
test("React owns a chart's svg but not its marks, on a server-drawn page and a client-drawn one", async ({ page }) => {
  for (const path of ["/prevalence", "/survival"]) {
    await page.goto(path);
    const owned = await page.evaluate(() => {
      const isReacts = (element: Element) => Object.keys(element).some((key) => key.startsWith("__reactFiber"));
      const marks = [...document.querySelectorAll("svg [data-mark-index]")];
      const shown = marks.filter((mark) => !mark.closest("details.chart-fold:not([open])"));
      return {
        marks: shown.length,
        marksOwned: marks.filter(isReacts).length,
        svgsOwned: shown.filter((mark) => isReacts(mark.closest("svg[role]") as Element)).length,
        foldedOwned: marks.filter((mark) => mark.closest("details.chart-fold:not([open])") && isReacts(mark.closest("svg[role]") as Element)).length,
      };
    });
    expect(owned.marks, path).toBeGreaterThan(0);
    expect(owned.marksOwned, path).toBe(0);
    expect(owned.svgsOwned, path).toBe(owned.marks);
    expect(owned.foldedOwned, path).toBe(0);
  }
});

test("a folded chart is served whole but hydrated only when first opened, and then explores by keyboard", async ({ page }) => {
  await page.goto("/prevalence");
  const fold = page.locator("#median-age details.chart-fold");
  const svgOwned = () =>
    page
      .locator("#median-age svg[role]")
      .first()
      .evaluate((svg) => Object.keys(svg).some((key) => key.startsWith("__reactFiber")));
  await expect(page.locator("#median-age svg[role] [data-mark-index]").first()).toBeAttached();
  expect(await svgOwned()).toBe(false);
  await page.locator("#median-age details.chart-fold > summary").click();
  await expect(fold).toHaveAttribute("open", "");
  await expect.poll(svgOwned).toBe(true);
  const first = page.locator('#median-age [data-mark-index][tabindex="0"]').first();
  await first.focus();
  const before = await first.getAttribute("data-mark-index");
  await page.keyboard.press("ArrowRight");
  const after = await page.evaluate(() => document.activeElement?.getAttribute("data-mark-index"));
  expect(after).not.toBeNull();
  expect(after).not.toBe(before);
});
