import { expect, test } from "./fixtures";

test.describe("presenters: images and citations", () => {
  test("image URLs render at their stated sizes in the browser", async ({ page }) => {
    await page.goto("/survival");
    const sizes = await page.evaluate(async () => {
      const load = (src: string) =>
        new Promise<[number, number]>((resolve, reject) => {
          const img = new Image();
          img.onload = () => resolve([img.naturalWidth, img.naturalHeight]);
          img.onerror = reject;
          img.src = src;
        });
      return Promise.all([
        load("/api/charts/survival.png?size=slide"),
        load("/api/charts/survival.png?size=square&theme=dark"),
        load("/api/charts/survival.svg?measure=five-year-relative"),
        load("/api/charts/share-of-cases.png?size=square"),
      ]);
    });
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
