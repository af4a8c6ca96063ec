import { auditEachScheme, expect, openChartTools, tabTo, test } from "./fixtures";

const APPROVALS = 20;

/** Text in the timeline that sticks out of the chart's own box (px), measured in the browser. */
async function textOutsideChart(page: import("@playwright/test").Page) {
  return page.evaluate(() => {
    const svg = document.querySelector("[data-testid=approval-timeline] svg");
    if (!svg) return ["no timeline"];
    const frame = svg.getBoundingClientRect();
    return [...svg.querySelectorAll("text")]
      .filter((text) => {
        const box = text.getBoundingClientRect();
        return box.left < frame.left - 0.5 || box.right > frame.right + 0.5;
      })
      .map((text) => text.textContent ?? "");
  });
}

test.describe("treatments page", () => {
  for (const width of [1280, 375]) {
    test(`at ${width}px with JavaScript off: the timeline, table and sources are in the HTML, and the filters work`, async ({ browser }) => {
      const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width, height: 900 } });
      const page = await context.newPage();
      await page.goto("/treatments");
      await expect(page.getByTestId("approval-mark")).toHaveCount(APPROVALS);
      await expect(page.getByTestId("survival-band")).toHaveCount(2);
      await expect(page.getByTestId("approval-table").locator("tbody tr")).toHaveCount(APPROVALS);
      await expect(page.getByTestId("takeaway")).toContainText("20 approvals shown, from Herceptin in 1998 to Enhertu in 2026");
      expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
      await page.getByRole("checkbox", { name: "Tyrosine kinase inhibitors" }).uncheck();
      await page.getByRole("button", { name: "Update charts" }).click();
      await expect(page).toHaveURL(/class=monoclonal-antibody&class=antibody-drug-conjugate/);
      await expect(page.getByTestId("approval-mark")).toHaveCount(APPROVALS - 3);
      await expect(page.getByTestId("timeline-lane")).toHaveCount(2);
      await context.close();
    });
  }

  for (const width of [1280, 375]) {
    test(`at ${width}px with JavaScript: keyboard exploration of approvals and bands`, async ({ page, consoleErrors }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto("/treatments", { waitUntil: "networkidle" });
      await tabTo(page, "[data-testid=approval-mark]");
      await expect(page.getByTestId("tooltip")).toContainText("Herceptin (trastuzumab), 25 Sep 1998");
      for (let i = 0; i < 14; i++) await page.keyboard.press("ArrowRight");
      await expect(page.locator("[data-testid=approval-mark]:focus")).toHaveAttribute("data-id", "approval-2022-05-04-enhertu-14");
      await page.keyboard.press("ArrowRight");
      await page.keyboard.press("ArrowRight");
      await expect(page.locator("[data-testid=approval-mark]:focus")).toHaveAccessibleName(
        /^Enhertu \(fam-trastuzumab deruxtecan, T-DXd\), 27 Jan 2025: HER2-low and HER2-ultralow/,
      );
      // No live region repeats the focused mark's name (the takeaway's speaks only when the view changes).
      await expect(page.locator("#approvals-timeline [aria-live]:not([data-testid=takeaway])")).toHaveCount(0);
      await page.keyboard.press("End");
      await expect(page.locator("[data-testid=survival-band]:focus")).toContainText("5-year, 2013–2019");
      await expect(page.getByTestId("tooltip")).toContainText("By the end of 2019");
      await page.keyboard.press("Escape");
      await expect(page.getByTestId("tooltip")).toHaveCount(0);
      expect(await textOutsideChart(page)).toEqual([]);
      expect(consoleErrors).toEqual([]);
    });
  }

  // The page itself, with every disclosure and the table open, is audited at both widths by a11y.spec;
  // here the state it cannot reach: a mark focused, its tooltip open, on a phone.
  test("at 375px, light and dark, with a mark's tooltip open: no axe violations, no horizontal scroll, clean console", async ({ page, consoleErrors }) => {
    test.slow();
    await page.emulateMedia({ reducedMotion: "reduce" });
    await page.setViewportSize({ width: 375, height: 900 });
    await page.goto("/treatments?view=table", { waitUntil: "networkidle" });
    await page.getByTestId("approval-mark").first().focus();
    await expect(page.getByTestId("tooltip")).toBeVisible();
    await auditEachScheme(page);
    expect(consoleErrors).toEqual([]);
  });

  test("reflows at 320px: no horizontal scroll, no chart text cut off", async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 800 });
    await page.goto("/treatments", { waitUntil: "networkidle" });
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    expect(await textOutsideChart(page)).toEqual([]);
  });

  test("the filters live in the URL: a shared link reopens the view, downloads match it", async ({ page }) => {
    await page.goto("/treatments", { waitUntil: "networkidle" });
    await page.getByRole("checkbox", { name: "HER2-positive, early stage" }).uncheck();
    await page.getByRole("checkbox", { name: "HER2-positive, metastatic" }).uncheck();
    await expect(page).toHaveURL(/\?population=her2-low%2Cher2-ultralow$/);
    await page.reload();
    await expect(page.getByTestId("approval-mark")).toHaveCount(2);
    await openChartTools(page.locator("#approvals-timeline"));
    const csv = await page.getByRole("link", { name: "CSV" }).getAttribute("href");
    const response = await page.request.get(csv ?? "");
    expect(response.ok()).toBe(true);
    expect((await response.text()).trim().split("\n")).toHaveLength(1 + 2);
  });

  test("the filtered view embeds: the snippet names it, and the embed explores it by keyboard", async ({ page, consoleErrors }) => {
    await page.goto("/treatments?population=her2-low%2Cher2-ultralow", { waitUntil: "networkidle" });
    const chart = page.locator("#approvals-timeline");
    await openChartTools(chart);
    await chart.getByText("Embed", { exact: true }).click();
    const snippet = await chart.locator(".embed-snippet textarea").inputValue();
    const src = /<iframe src="([^"]+)"/.exec(snippet)?.[1] ?? "";
    expect(new URL(src).pathname).toBe("/embed/treatments");
    expect([...new URL(src).searchParams]).toEqual([["population", "her2-low,her2-ultralow"]]);
    await page.goto(src, { waitUntil: "networkidle" });
    await expect(page.getByTestId("approval-mark")).toHaveCount(2);
    await tabTo(page, "[data-testid=approval-mark]");
    await expect(page.getByTestId("tooltip")).toContainText("Enhertu");
    await page.keyboard.press("End");
    await expect(page.locator("[data-testid=survival-band]:focus")).toContainText("5-year, 2013–2019");
    await expect(page.getByTestId("lag-sentence")).toBeVisible();
    expect(consoleErrors).toEqual([]);
  });
});
