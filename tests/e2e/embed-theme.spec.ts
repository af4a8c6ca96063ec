// Embeds that match the host (issue 20, item 4): a chosen theme wins over the reader's system
// scheme, plain drops the chrome but never the source, transparent lets the host's page show
// through, and an unknown value is ignored without being echoed.
import type { Page } from "@playwright/test";
import sharp from "sharp";
import { iframeSnippet } from "../../lib/embed";
import { SUBTYPES, type SubtypeCategoryId } from "../../lib/subtypes";
import { type ColorMode, THEME_TOKENS } from "../../lib/theme";
import { expect, expectNoAxeViolations, type Scheme, test } from "./fixtures";

/** "#111418" → "rgb(17, 20, 24)", as getComputedStyle gives colours. */
function rgb(hex: string): string {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  return `rgb(${r}, ${g}, ${b})`;
}

const computed = (page: Page, selector: string, property: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((el, name) => getComputedStyle(el).getPropertyValue(name), property);

/** A subtype bar's fill variable and the colour it resolves to. */
async function barColour(page: Page): Promise<{ id: SubtypeCategoryId; fill: string }> {
  return page
    .locator('[fill^="var(--subtype-"]')
    .first()
    .evaluate((el) => ({
      id: (el.getAttribute("fill") ?? "").replace(/^var\(--subtype-|\)$/g, "") as SubtypeCategoryId,
      fill: getComputedStyle(el).fill,
    }));
}

const FORCED: { theme: ColorMode; system: Scheme }[] = [
  { theme: "dark", system: "light" },
  { theme: "light", system: "dark" },
];

for (const { theme, system } of FORCED) {
  test(`/embed/survival?theme=${theme} is ${theme} under a ${system} system scheme, page and chart, with no axe violation`, async ({ page, consoleErrors }) => {
    await page.emulateMedia({ colorScheme: system });
    await page.goto(`/embed/survival?theme=${theme}`);
    expect(await computed(page, "body", "background-color")).toBe(rgb(THEME_TOKENS[theme].bg));
    expect(await computed(page, "h1", "color")).toBe(rgb(THEME_TOKENS[theme].text));
    expect(await computed(page, "html", "color-scheme")).toBe(theme);
    const bar = await barColour(page);
    expect(bar.fill).toBe(rgb(SUBTYPES[bar.id].color[theme]));
    // The embed's own setting is not one of its page's: nothing is reported.
    await expect(page.getByTestId("url-notice")).toHaveCount(0);
    await expectNoAxeViolations(page);
    expect(consoleErrors).toEqual([]);
  });
}

test("without a theme the embed follows the system scheme, as before", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "dark" });
  await page.goto("/embed/survival?theme=auto");
  expect(await computed(page, "body", "background-color")).toBe(rgb(THEME_TOKENS.dark.bg));
  await page.emulateMedia({ colorScheme: "light" });
  expect(await computed(page, "body", "background-color")).toBe(rgb(THEME_TOKENS.light.bg));
});

test("the look leaves the page's own parameters working, and the link back names only them", async ({ page }) => {
  await page.goto("/embed/survival?measure=five-year-relative&stage=distant&theme=dark&plain=1&transparent=1");
  await expect(page.getByTestId("url-notice")).toHaveCount(0);
  await expect(page.getByTestId("bar").first()).toBeVisible();
  await expect(page.locator(".source-line")).toContainText("Source:");
  await page.goto("/embed/survival?measure=five-year-relative&stage=distant&theme=dark");
  await expect(page.getByRole("link", { name: "Explore this chart on HER2 Atlas" })).toHaveAttribute(
    "href",
    "/survival?measure=five-year-relative&stage=distant",
  );
});

test("?plain=1 shows no title, takeaway or link back, but keeps the chart's name and its source line", async ({ page }) => {
  await page.goto("/embed/survival?plain=1");
  // The heading is there for screen readers only (a 1-px clipped box), the chart keeps its accessible name.
  const heading = await page.getByRole("heading", { level: 1 }).boundingBox();
  expect(heading?.width).toBeLessThanOrEqual(1);
  await expect(page.locator(".takeaway")).toHaveCount(0);
  await expect(page.getByRole("link", { name: /Explore this chart/ })).toHaveCount(0);
  await expect(page.getByRole("img", { name: /survival/i }).first()).toBeVisible();
  await expect(page.locator(".source-line")).toBeVisible();
  await expect(page.locator(".source-line")).toContainText("Source: Howlader");
  await expectNoAxeViolations(page);
});

test("?transparent=1 has a transparent page, and on a host's page its colour shows through the frame", async ({ page, baseURL }) => {
  await page.emulateMedia({ colorScheme: "dark" });
  await page.goto("/embed/survival?transparent=1");
  expect(await computed(page, "body", "background-color")).toBe("rgba(0, 0, 0, 0)");
  expect(await computed(page, "html", "background-color")).toBe("rgba(0, 0, 0, 0)");

  // A host page (same origin, served here) painted gold, embedding with our snippet; then the same
  // iframe without the snippet's color-scheme, where the browser paints an opaque backdrop instead.
  const snippet = iframeSnippet(baseURL!, { chart: "survival", search: "" }, { theme: "auto", plain: true, transparent: true });
  const bare = snippet.replace(/;color-scheme:[^"]*/, "");
  for (const [iframe, showsHost] of [
    [snippet, true],
    [bare, false],
  ] as const) {
    await page.route(`${baseURL}/__host`, (route) =>
      route.fulfill({
        contentType: "text/html",
        body: `<!doctype html><html lang="en"><title>Host</title><body style="margin:0;background:#ffd700"><main>${iframe}</main></body></html>`,
      }),
    );
    await page.goto(`${baseURL}/__host`);
    await expect(page.frameLocator("iframe").locator(".source-line")).toBeVisible();
    // The frame's top-left corner: inside its padding, where nothing is drawn but the background.
    const box = (await page.locator("iframe").boundingBox())!;
    const shot = await page.screenshot({ clip: { x: box.x + 2, y: box.y + 2, width: 4, height: 4 } });
    const { data } = await sharp(shot).raw().toBuffer({ resolveWithObject: true });
    const pixel = [data[0], data[1], data[2]].join(",");
    if (showsHost) expect(pixel, "the host's gold, through the transparent frame").toBe("255,215,0");
    else expect(pixel, "an opaque backdrop, where the frame does not declare the embed's scheme").not.toBe("255,215,0");
    await page.unroute(`${baseURL}/__host`);
  }
});

test("?theme=<script> is ignored with the default and a notice that never echoes it", async ({ page, consoleErrors }) => {
  await page.emulateMedia({ colorScheme: "light" });
  const response = await page.goto(`/embed/survival?theme=${encodeURIComponent("<script>alert(1)</script>")}&plain=yes`);
  expect(response?.status()).toBe(200);
  expect(await response!.text()).not.toContain("<script>alert(1)");
  await expect(page.getByTestId("url-notice")).toContainText("“theme” setting was not recognised");
  await expect(page.getByTestId("url-notice")).toContainText("“plain” setting was not recognised");
  expect(await computed(page, "body", "background-color")).toBe(rgb(THEME_TOKENS.light.bg));
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  expect(await page.content()).not.toContain("<script>alert(1)");
  // biome-ignore lint/performance/useDomNodeTextContent: rendered text is the point
  expect(await page.locator("body").innerText()).not.toContain("alert(");
  expect(consoleErrors).toEqual([]);
});
