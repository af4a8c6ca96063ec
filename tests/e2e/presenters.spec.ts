import type { Page } from "@playwright/test";
import { expect, openChartTools, test } from "./fixtures";

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
              img.onerror = () => reject(new Error(src));
              img.src = src;
            }),
        ),
      ),
    sources,
  );
}

/** Image URLs of each chart, in the sizes and themes that matter, by the size they state: a slide is 1600×900, a square 1080×1080. */
const STATED_SIZES: [[number, number], string[]][] = [
  [
    [1600, 900],
    [
      "/api/charts/survival.png?size=slide",
      "/api/charts/survival.svg?measure=five-year-relative",
      "/api/charts/treatments.png?size=slide&class=antibody-drug-conjugate",
      "/api/charts/compare.svg?theme=dark",
      "/api/charts/testing.png?size=slide&ihc=2%2B&ratio=2.5&copies=5.1",
      "/api/charts/subtypes.png?size=slide",
    ],
  ],
  [
    [1080, 1080],
    [
      "/api/charts/survival.png?size=square&theme=dark",
      "/api/charts/share-of-cases.png?size=square",
      "/api/charts/treatments.svg?size=square&theme=dark",
      "/api/charts/compare.png?size=square&compare=hr-pos-her2-pos,hr-neg-her2-pos",
      "/api/charts/testing.svg?size=square",
      "/api/charts/subtypes.png?size=square&theme=dark",
    ],
  ],
];

test.describe("presenters: images and citations", () => {
  test("image URLs render at their stated sizes in the browser", async ({ page }) => {
    await page.goto("/survival");
    for (const [size, urls] of STATED_SIZES) expect(await naturalSizes(page, urls), urls.join(" ")).toEqual(urls.map(() => size));
  });

  test("the chart's export links download files that follow the current view", async ({ page }) => {
    await page.goto("/survival?measure=five-year-relative&stage=distant", { waitUntil: "networkidle" });
    await openChartTools(page.locator("#survival-chart"));
    // Each file is named by the view, size and theme it shows, so saving another never overwrites it.
    for (const [name, file] of [
      ["SVG", "slide.svg"],
      ["PNG 16:9", "slide.png"],
      ["PNG square", "square.png"],
      ["PNG dark", "slide-dark.png"],
    ]) {
      const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name, exact: true }).first().click()]);
      expect(download.suggestedFilename()).toBe(`survival-five-year-relative-distant-${file}`);
      expect(download.url()).toContain("measure=five-year-relative&stage=distant");
    }
    const [csv] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "CSV" }).first().click()]);
    expect(csv.suggestedFilename()).toBe("survival.csv");
  });

  for (const { name, url, scope, chart, query, stem } of [
    {
      name: "treatments timeline",
      url: "/treatments?class=tyrosine-kinase-inhibitor&population=her2-positive-metastatic",
      scope: "#approvals-timeline",
      chart: "treatments",
      query: "class=tyrosine-kinase-inhibitor&population=her2-positive-metastatic",
      stem: "treatments-tyrosine-kinase-inhibitor-her2-positive-metastatic",
    },
    {
      name: "compare two subtypes",
      url: "/survival?compare=hr-pos-her2-pos,hr-neg-her2-neg",
      scope: "#compare",
      chart: "compare",
      query: "compare=hr-pos-her2-pos,hr-neg-her2-neg",
      stem: "compare-hr-pos-her2-pos-hr-neg-her2-neg",
    },
    {
      name: "testing flow",
      url: "/testing?ihc=2%2B&ratio=2.5&copies=5.1",
      scope: ".flow-diagram-section",
      chart: "testing",
      query: "ihc=2%2B&ratio=2.5&copies=5.1",
      stem: "testing-ihc-2-ratio-2.5-copies-5.1",
    },
    // The matrix has no controls, so its links carry only the size (and theme).
    {
      name: "subtype matrix",
      url: "/subtypes",
      scope: '[aria-labelledby="matrix-heading"]',
      chart: "subtypes",
      query: "/api/charts/subtypes.",
      stem: "subtypes",
    },
  ]) {
    test(`the ${name}'s export links download files that follow the view`, async ({ page }) => {
      await page.goto(url, { waitUntil: "networkidle" });
      if (chart === "testing") await page.locator(scope).getByText("Download or embed the diagram").click();
      else await openChartTools(page.locator(scope));
      for (const [label, file] of [
        ["SVG", "slide.svg"],
        ["PNG 16:9", "slide.png"],
        ["PNG square", "square.png"],
        ["PNG dark", "slide-dark.png"],
      ] as const) {
        const [download] = await Promise.all([page.waitForEvent("download"), page.locator(scope).getByRole("link", { name: label, exact: true }).click()]);
        expect(download.suggestedFilename()).toBe(`${stem}-${file}`);
        expect(download.url()).toContain(query);
      }
    });
  }

  test("cite this chart gives the title, release and access date", async ({ page }) => {
    await page.goto("/survival", { waitUntil: "networkidle" });
    await openChartTools(page.locator("#survival-chart"));
    await page.getByText("Cite this chart").first().click();
    await expect(page.locator(".cite-this p").first()).toContainText(
      /HER2 Atlas\. Four-year breast cancer-specific survival by subtype\. Data release \d{4}\.\d{2}\.\d{2}\. .*Accessed \d{4}-\d{2}-\d{2}\. Data: Howlader/,
    );
  });

  test("a bad image parameter is a 400 naming it", async ({ request }) => {
    const response = await request.get("/api/charts/survival.png?size=poster");
    expect(response.status()).toBe(400);
    expect((await response.json()).error.parameter).toBe("size");
  });
});

/** Every /prevalence section with an image: its frame id on the page and its chart name in /api/charts. */
const PREVALENCE_IMAGES = [
  ["share", "share-of-cases", "wording=details"],
  ["incidence", "incidence-by-subtype", "period=2016-2020&wording=details"],
  ["by-race", "incidence-by-race", "raceFigures=her2-2022&wording=details"],
  ["by-age", "incidence-by-age", "races=hispanic%2Cnh-black&wording=details"],
  ["her2-low", "her2-low", "wording=details"],
  ["median-age", "median-age", "wording=details"],
] as const;

test.describe("presenters: every prevalence chart as an image", () => {
  test("each prevalence image renders at its stated size in the browser", async ({ page }) => {
    await page.goto("/prevalence");
    const urls = PREVALENCE_IMAGES.slice(1).flatMap(
      ([, chart]) =>
        [
          [`/api/charts/${chart}.png?size=slide&theme=dark`, 1600, 900],
          [`/api/charts/${chart}.png?size=square`, 1080, 1080],
          [`/api/charts/${chart}.svg?size=og`, 1200, 630],
        ] as const,
    );
    const sizes = await naturalSizes(
      page,
      urls.map(([src]) => src),
    );
    expect(sizes).toEqual(urls.map(([, width, height]) => [width, height]));
  });

  // One page per chart: Debian's Chromium silently drops the eleventh download from a single page.
  for (const [section, chart, query] of PREVALENCE_IMAGES) {
    test(`${chart}: its export links download files that follow the current view`, async ({ page }) => {
      await page.goto("/prevalence?period=2016-2020&raceFigures=her2-2022&races=hispanic,nh-black&wording=details", { waitUntil: "networkidle" });
      const frame = page.locator(`#${section}`);
      await openChartTools(frame);
      for (const [name, file] of [
        ["SVG", "details-slide.svg"],
        ["PNG dark", "details-slide-dark.png"],
        ["PNG square", "details-square.png"],
      ] as const) {
        const [download] = await Promise.all([page.waitForEvent("download"), frame.getByRole("link", { name, exact: true }).click()]);
        // Named by the view (lib/export/charts' fileName): the chart, its settings, then the wording, size and theme.
        expect(download.suggestedFilename()).toMatch(new RegExp(`^${chart}-(.+-)?${file.replace(".", "\\.")}$`));
        expect(download.url()).toContain(`/api/charts/${chart}.`);
        expect(download.url()).toContain(`?${query}&size=`);
      }
    });
  }

  test("changing a section's control changes its image link", async ({ page }) => {
    await page.goto("/prevalence", { waitUntil: "networkidle" });
    // A secondary chart of the page: open its fold and its downloads, then change its control.
    await page.locator("#incidence").getByTestId("chart-fold").locator("summary").first().click();
    await openChartTools(page.locator("#incidence"));
    const link = page.locator("#incidence").getByRole("link", { name: "SVG", exact: true });
    await expect(link).toHaveAttribute("href", "/api/charts/incidence-by-subtype.svg?size=slide");
    await page
      .locator("#incidence")
      .getByLabel(/2016–2020/)
      .check();
    await expect(link).toHaveAttribute("href", "/api/charts/incidence-by-subtype.svg?period=2016-2020&size=slide");
  });
});

test.describe("social previews", () => {
  const PAGES = [
    "/",
    "/survival?measure=five-year-relative&stage=distant",
    "/prevalence?wording=details",
    "/subtypes",
    "/testing",
    "/treatments",
    "/data",
    "/present",
    "/testing?ihc=2%2B&ratio=2.5&copies=5",
    "/treatments?population=her2-low",
    "/trials?endpoint=th3resa-pfs",
  ];

  test("every page's og:image is a 1200×630 PNG that resolves", async ({ page, request }) => {
    // Eleven pages and their images drawn on demand: slow on a busy 2-core machine, not a hang.
    test.slow();
    const seen: string[] = [];
    for (const path of PAGES) {
      await page.goto(path);
      const content = (name: string) => page.locator(`meta[property="${name}"], meta[name="${name}"]`).first().getAttribute("content");
      const image = new URL((await content("og:image")) ?? "");
      seen.push(`${image.pathname}${image.search}`);
      expect(await content("twitter:card")).toBe("summary_large_image");
      expect([await content("og:image:width"), await content("og:image:height")]).toEqual(["1200", "630"]);
      // The origin comes from SITE_URL at build time; the image itself is fetched from this server.
      const response = await request.get(`${image.pathname}${image.search}`);
      expect(response.status(), path).toBe(200);
      expect(response.headers()["content-type"]).toBe("image/png");
      expect(await naturalSizes(page, [`${image.pathname}${image.search}`]), path).toEqual([[1200, 630]]);
    }
    expect(seen[1]).toBe("/api/charts/survival.png?measure=five-year-relative&stage=distant&size=og");
    expect(seen[2]).toBe("/api/charts/share-of-cases.png?wording=details&size=og");
    expect(seen[4]).toBe("/api/cards/testing.png");
    expect(seen[5]).toBe("/api/charts/treatments.png?size=og");
    expect(seen[8]).toBe("/api/charts/testing.png?ihc=2%2B&ratio=2.5&copies=5&size=og");
    expect(seen[9]).toBe("/api/charts/treatments.png?population=her2-low&size=og");
    expect(seen[10]).toBe("/api/charts/trials.png?endpoint=th3resa-pfs&size=og");
  });
});

test("the subtype matrix offers its figures as CSV and JSON, and a citation", async ({ page, request }) => {
  await page.goto("/subtypes", { waitUntil: "networkidle" });
  const matrix = page.locator('[aria-labelledby="matrix-heading"]');
  await openChartTools(matrix);
  const json = await (await request.get((await matrix.getByRole("link", { name: "JSON" }).getAttribute("href"))!)).json();
  const shown = await matrix.locator(".cell-share strong").allTextContents();
  // Every share the matrix prints is a row of the download, as the API formats it.
  for (const text of shown) expect(json.data.map((row: { value: number }) => `${row.value.toFixed(1)}%`)).toContain(text);
  const [csv] = await Promise.all([page.waitForEvent("download"), matrix.getByRole("link", { name: "CSV" }).click()]);
  expect(csv.suggestedFilename()).toBe("prevalence.csv");
  await matrix.getByText("Cite this chart").click();
  await expect(matrix.locator(".cite-this p")).toContainText("How HR and HER2 status combine. Data release");
  // A static page: the address and the access date are the reader's, not the build's.
  const today = await page.evaluate(() => new Date().toISOString().slice(0, 10));
  await expect(matrix.locator(".cite-this p")).toContainText(`/subtypes#matrix. Accessed ${today}.`);
  await expect(matrix.getByTestId("takeaway")).toContainText("was the most common subtype");
  await matrix.getByText("Embed", { exact: true }).click();
  await expect(matrix.locator("textarea")).toHaveValue(/\/embed\/subtypes"/);
});
