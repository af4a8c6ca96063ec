// The glossary gate: every page's first use of a term links to its entry, each entry's "used on" list
// is exactly the pages that use it, the glossary's content is in the server's HTML, and an inline
// definition opens and closes by keyboard, mouse and touch (and is a plain link without JavaScript).

import { GLOSSARY } from "../../lib/glossary/entries";
import { glossaryTerm } from "../../lib/glossary/terms";
import { PAGES } from "../../scripts/pages.mjs";
import { expect, expectNoAxeViolations, test } from "./fixtures";
import { scanGlossary } from "./glossary-scan";

const CONTENT_PAGES = PAGES.filter((path) => path !== "/present" && path !== "/glossary");

/** Views a page shows beyond its default (a test result on /testing), whose terms count as the page's. */
const MORE_VIEWS: Record<string, readonly string[]> = {
  "/testing": [
    "/testing?ihc=1",
    "/testing?ihc=0&ultralow=false",
    "/testing?ihc=2",
    "/testing?ihc=1&ratio=2.1&copies=3.2",
    "/testing?ihc=2&ratio=1.3&copies=6.5",
  ],
};

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  for (const path of CONTENT_PAGES) {
    test(`${path}: the first use of each glossary term in its text links to the term's entry`, async ({ page }) => {
      await page.goto(path);
      const { firstUses } = await scanGlossary(page);
      const unlinked = firstUses.filter((use) => use.linkedTo !== use.id).map((use) => `${use.id}: “${use.found}” in “…${use.context}…”`);
      expect(unlinked, "first uses not linked to the glossary").toEqual([]);
    });
  }

  test("each entry's “used on” pages are exactly the pages that use the term", async ({ page }) => {
    const used = new Map<string, Set<string>>();
    for (const path of CONTENT_PAGES) {
      for (const view of [path, ...(MORE_VIEWS[path] ?? [])]) {
        await page.goto(view);
        for (const id of (await scanGlossary(page)).used) used.set(id, (used.get(id) ?? new Set()).add(path));
      }
    }
    const listed = Object.fromEntries(GLOSSARY.map((entry) => [entry.id, [...entry.usedOn].sort()]));
    const found = Object.fromEntries(GLOSSARY.map((entry) => [entry.id, [...(used.get(entry.id) ?? [])].sort()]));
    expect(found).toEqual(listed);
  });

  // Topics and "Precisely" are folded, so the entries are read from the HTML, seen or not (role queries skip the folded).
  test("/glossary has every entry in its HTML: anchor, plain and precise definitions, used-on links", async ({ page }) => {
    await page.goto("/glossary");
    const entries = page.getByTestId("glossary-entry");
    await expect(entries).toHaveCount(GLOSSARY.length);
    for (const entry of GLOSSARY) {
      const article = page.locator(`article#${entry.id}`);
      await expect(article.locator("h3")).toHaveText(entry.term);
      await expect(article.getByTestId("glossary-plain")).toHaveText(entry.plain);
      await expect(article.getByTestId("glossary-precise")).toContainText(entry.precise.text);
      const usedOn = article.getByTestId("glossary-used-on");
      const hrefs = await usedOn.locator("a").evaluateAll((links) => links.map((link) => link.getAttribute("href")));
      expect(hrefs, entry.id).toEqual(PAGES.filter((path) => (entry.usedOn as readonly string[]).includes(path)));
    }
  });

  test("a term's link works: it goes to the term's glossary entry", async ({ page }) => {
    await page.goto("/");
    const link = page.locator(".term[data-term='her2-positive'] a").first();
    await expect(link).toHaveAttribute("href", "/glossary#her2-positive");
    await link.click();
    await expect(page).toHaveURL(/\/glossary#her2-positive$/);
    await expect(page.locator("article#her2-positive")).toBeInViewport();
  });
});

test.describe("with JavaScript", () => {
  test("a term opens its plain definition by keyboard, and Escape closes it", async ({ page }) => {
    await page.goto("/");
    const term = page.locator(".term[data-term='her2-positive']").first();
    const button = term.getByRole("button");
    await expect(button).toHaveAttribute("aria-expanded", "false");
    const definition = term.locator(".term-definition");
    await expect(definition).toHaveCount(0);
    await button.focus();
    await page.keyboard.press("Enter");
    await expect(button).toHaveAttribute("aria-expanded", "true");
    await expect(definition).toBeVisible();
    await expect(definition).toContainText(glossaryTerm("her2-positive").plain);
    await expect(button).toHaveAttribute("aria-controls", (await definition.getAttribute("id"))!);
    await expect(page).toHaveURL(/\/$/);
    // Into the definition's own link, then Escape: closed, focus back on the term.
    await page.keyboard.press("Tab");
    await expect(definition.getByRole("link")).toBeFocused();
    await page.keyboard.press("Escape");
    await expect(definition).toBeHidden();
    await expect(button).toBeFocused();
    await page.keyboard.press("Space");
    await expect(button).toHaveAttribute("aria-expanded", "true");
    await page.keyboard.press("Space");
    await expect(button).toHaveAttribute("aria-expanded", "false");
  });

  test("a term's definition leads on to its glossary entry, and a click elsewhere closes it", async ({ page }) => {
    await page.goto("/survival");
    const term = page.locator(".term").first();
    const button = term.getByRole("button");
    const definition = term.locator(".term-definition");
    await button.click();
    await expect(definition).toBeVisible();
    await page.locator("h1").click();
    await expect(definition).toBeHidden();
    await button.click();
    const id = await term.getAttribute("data-term");
    await definition.getByRole("link").click();
    await expect(page).toHaveURL(new RegExp(`/glossary#${id}$`));
  });

  test.describe("on a touch screen", () => {
    test.use({ hasTouch: true, viewport: { width: 375, height: 812 } });
    test("a tap opens the definition and a second tap closes it", async ({ page }) => {
      await page.goto("/testing");
      const term = page.locator(".term[data-term='ihc']").first();
      const button = term.getByRole("button");
      await button.tap();
      await expect(button).toHaveAttribute("aria-expanded", "true");
      await expect(term.locator(".term-definition")).toBeVisible();
      expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth), "horizontal overflow in px").toBeLessThanOrEqual(0);
      await button.tap();
      await expect(button).toHaveAttribute("aria-expanded", "false");
    });
  });

  // The popover on a phone in light, and on a desktop in dark: each width and each scheme once.
  for (const [width, colorScheme] of [
    [375, "light"],
    [1280, "dark"],
  ] as const) {
    test(`an opened definition at ${width}px, ${colorScheme}: no axe violations, no horizontal scroll`, async ({ page }) => {
      await page.emulateMedia({ colorScheme, reducedMotion: "reduce" });
      await page.setViewportSize({ width, height: 900 });
      await page.goto("/prevalence");
      const term = page.locator(".term").first();
      await term.getByRole("button").click();
      await expect(term.locator(".term-definition")).toBeVisible();
      expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
      await expectNoAxeViolations(page);
    });
  }
});
