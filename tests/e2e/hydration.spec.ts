import { expect, test } from "./fixtures";

// A chart's marks reach the browser as markup inside its <svg> (components/charts/SceneSvg): React
// hydrates the svg, not each mark, which is most of a chart page's main-thread work on a phone.
// The marks still explore by keyboard: ExplorableChart works on the DOM.
test("React owns a chart's svg but not its marks, on a server-drawn page and a client-drawn one", async ({ page }) => {
  for (const path of ["/prevalence", "/survival"]) {
    await page.goto(path);
    const owned = await page.evaluate(() => {
      const isReacts = (element: Element) => Object.keys(element).some((key) => key.startsWith("__reactFiber"));
      const marks = [...document.querySelectorAll("svg [data-mark-index]")];
      return {
        marks: marks.length,
        marksOwned: marks.filter(isReacts).length,
        svgsOwned: marks.filter((mark) => isReacts(mark.closest("svg[role]") as Element)).length,
      };
    });
    expect(owned.marks, path).toBeGreaterThan(0);
    expect(owned.marksOwned, path).toBe(0);
    expect(owned.svgsOwned, path).toBe(owned.marks);
  }
});
