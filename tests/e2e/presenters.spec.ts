import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";

/** Each image's natural size, as the browser decodes it. */
function naturalSizes(page: Page, sources: readonly string[]): Promise<[number, number][]> {
  return page.evaluate(
    (srcs) =>
      Promise.all(
        srcs.map(
          (src) =>
            new Promise<[number, number]>((resolve, reject) => {
              const img = new Image();
              img.onload = () => resolve([img.naturalWidth, img.naturalHeight]);
              img.onerror = reject;
              img.src = src;
            }),
        ),
      ),
    sources,
  );
}

test.describe("presenters: images and citations", () => {
  test("image URLs render at their stated sizes in the browser", async ({ page }) => {
    await page.goto("/survival");
    const sizes = await naturalSizes(page, [
      "/api/charts/survival.png?size=slide",
      "/api/charts/survival.png?size=square&theme=dark",
      "/api/charts/survival.svg?measure=five-year-relative",
      "/api/charts/share-of-cases.png?size=square",
    ]);
    expect(sizes).toEqual([
      [1600, 900],
      [1080, 1080],
      [1600, 900],
      [1080, 1080],
    ]);
  });

  test("the chart's export links download files that follow the current view", async ({ page }) => {
    await page.goto("/survival?measure=five-year-relative&stage=distant", { waitUntil: "networkidle" });
    for (const name of ["SVG", "PNG 16:9", "PNG square", "PNG dark"]) {
      const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name, exact: true }).first().click()]);
      expect(download.suggestedFilename()).toMatch(/^survival-(slide|square)\.(svg|png)$/);
      expect(download.url()).toContain("measure=five-year-relative&stage=distant");
    }
    const [csv] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "CSV" }).first().click()]);
    expect(csv.suggestedFilename()).toBe("survival.csv");
  });

  test("the timeline, compare and flow images render at their stated sizes in the browser", async ({ page }) => {
    await page.goto("/treatments");
    const sizes = await naturalSizes(page, [
      "/api/charts/treatments.png?size=slide&class=antibody-drug-conjugate",
      "/api/charts/treatments.svg?size=square&theme=dark",
      "/api/charts/compare.png?size=square&compare=hr-pos-her2-pos,hr-neg-her2-pos",
      "/api/charts/compare.svg?theme=dark",
      "/api/charts/testing.png?size=slide&ihc=2%2B&ratio=2.5&copies=5.1",
      "/api/charts/testing.svg?size=square",
    ]);
    expect(sizes).toEqual([
      [1600, 900],
      [1080, 1080],
      [1080, 1080],
      [1600, 900],
      [1600, 900],
      [1080, 1080],
    ]);
  });

  for (const { name, url, scope, chart, query } of [
    { name: "treatments timeline", url: "/treatments?class=tyrosine-kinase-inhibitor&population=her2-positive-metastatic", scope: "#approvals-timeline", chart: "treatments", query: "class=tyrosine-kinase-inhibitor&population=her2-positive-metastatic" },
    { name: "compare two subtypes", url: "/survival?compare=hr-pos-her2-pos,hr-neg-her2-neg", scope: "#compare", chart: "compare", query: "compare=hr-pos-her2-pos,hr-neg-her2-neg" },
    { name: "testing flow", url: "/testing?ihc=2%2B&ratio=2.5&copies=5.1", scope: ".flow-diagram-section", chart: "testing", query: "ihc=2%2B&ratio=2.5&copies=5.1" },
  ]) {
    test(`the ${name}'s export links download files that follow the view`, async ({ page }) => {
      await page.goto(url, { waitUntil: "networkidle" });
      for (const label of ["SVG", "PNG 16:9", "PNG square", "PNG dark"]) {
        const [download] = await Promise.all([page.waitForEvent("download"), page.locator(scope).getByRole("link", { name: label, exact: true }).click()]);
        expect(download.suggestedFilename()).toMatch(new RegExp(`^${chart}-(slide|square)\\.(svg|png)$`));
        expect(download.url()).toContain(query);
      }
    });
  }

  test("cite this chart gives the title, release and access date", async ({ page }) => {
    await page.goto("/survival", { waitUntil: "networkidle" });
    await page.getByText("Cite this chart").first().click();
    await expect(page.locator(".cite-this p").first()).toContainText(/HER2 Atlas\. Four-year breast cancer-specific survival by subtype\. Data release \d{4}\.\d{2}\.\d{2}\. .*Accessed \d{4}-\d{2}-\d{2}\. Data: Howlader/);
  });

  test("a bad image parameter is a 400 naming it", async ({ request }) => {
    const response = await request.get("/api/charts/survival.png?size=poster");
    expect(response.status()).toBe(400);
    expect((await response.json()).error.parameter).toBe("size");
  });
});
