// Answer first, measured (issue 17): at 375 × 812, the default view of each page is no taller than
// its limit, and its first screen holds the question, the answer sentence and the start of the chart.
import { expect, test } from "./fixtures";

const PHONE = { width: 375, height: 812 };

interface PageLimit {
  path: string;
  /** Full page height in px. */
  maxHeight: number;
  /** Elements whose bottom must lie on the first screen: the question and the answer. */
  answer: string[];
  /** The main chart: its top must lie on the first screen. */
  chart?: string;
}

const LIMITS: PageLimit[] = [
  { path: "/", maxHeight: 3200, answer: ["h1", "#share-heading", "[data-testid=her2-positive-share]"] },
  { path: "/survival", maxHeight: 4500, answer: ["h1", ".lede", "#survival-chart [data-testid=takeaway]"], chart: "#survival-chart [data-testid=bar-chart]" },
  { path: "/prevalence", maxHeight: 6000, answer: ["h1", ".lede", "#share [data-testid=takeaway]"], chart: "#share [data-testid=bar-chart]" },
  { path: "/testing", maxHeight: 4500, answer: ["h1", ".lede"], chart: "[data-testid=stepper] fieldset" },
  { path: "/treatments", maxHeight: 6000, answer: ["h1", ".lede", "#approvals-timeline [data-testid=takeaway]"], chart: "[data-testid=approval-timeline]" },
  // 58 entries: the A to Z index and each topic folded to its title (a link to an entry opens its topic).
  { path: "/glossary", maxHeight: 2000, answer: ["h1", ".lede", ".glossary-index summary", "#topic-testing summary"] },
];

/** Top and bottom of the first match, in page coordinates. */
async function box(page: import("@playwright/test").Page, selector: string) {
  return page
    .locator(selector)
    .first()
    .evaluate((el) => {
      const rect = el.getBoundingClientRect();
      return { top: rect.top + window.scrollY, bottom: rect.bottom + window.scrollY };
    });
}

test.describe("page heights at 375 × 812, default view", () => {
  for (const { path, maxHeight, answer, chart } of LIMITS) {
    test(`${path}: at most ${maxHeight} px tall, answer and chart on the first screen`, async ({ page }) => {
      await page.setViewportSize(PHONE);
      await page.goto(path, { waitUntil: "networkidle" });
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      expect(height, `${path} height`).toBeLessThanOrEqual(maxHeight);
      for (const selector of answer) expect((await box(page, selector)).bottom, `${selector} ends on the first screen`).toBeLessThanOrEqual(PHONE.height);
      if (chart) expect((await box(page, chart)).top, `${chart} starts on the first screen`).toBeLessThan(PHONE.height);
    });
  }

  test("/: the first four-year figure, 92.5%, is within the first two screens", async ({ page }) => {
    await page.setViewportSize(PHONE);
    await page.goto("/", { waitUntil: "networkidle" });
    const first = page.getByText("92.5%").first();
    await expect(first).toBeVisible();
    const top = await first.evaluate((el) => el.getBoundingClientRect().top + window.scrollY);
    expect(top).toBeLessThanOrEqual(2 * PHONE.height);
  });

  test("desktop keeps the phone's order: on each page the answer comes before its chart, and the chart before its controls", async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    for (const [path, answer, chart, controls] of [
      ["/survival", "#survival-chart [data-testid=takeaway]", "#survival-chart [data-testid=bar-chart]", "#survival-chart .controls"],
      ["/prevalence", "#share [data-testid=takeaway]", "#share [data-testid=bar-chart]", "#share .controls"],
      ["/treatments", "#approvals-timeline [data-testid=takeaway]", "[data-testid=approval-timeline]", "[data-testid=treatments-controls]"],
    ] as const) {
      await page.goto(path, { waitUntil: "networkidle" });
      const [a, c, k] = [await box(page, answer), await box(page, chart), await box(page, controls)];
      expect(a.bottom, `${path}: answer above chart`).toBeLessThanOrEqual(c.top);
      expect(c.bottom, `${path}: chart above its controls`).toBeLessThanOrEqual(k.top);
    }
  });
});
