import type { Page } from "@playwright/test";
import { expect, expectNoAxeViolations, test } from "./fixtures";

/** Five views from four charts: five-year survival at one stage, two testing cases (one long path), prevalence, approvals. */
const BUILT_DECK = [
  "survival?measure=five-year-relative&stage=distant",
  "testing?ihc=2%2B&ratio=1.5&copies=4.5&recountRatio=1.6&recountCopies=4.8",
  "share-of-cases",
  "treatments",
  "testing?ihc=0&ultralow=true",
];
const DECKS = { default: "/present", built: `/present?deck=${encodeURIComponent(BUILT_DECK.join("~"))}` };
const SIZES = [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
];

/**
 * What of the presenting view lies outside the viewport: the page's own scroll, and every visible
 * element of the slideshow (its slide, notes and control bar) whose box leaves the screen. An SVG is
 * checked as one box (its drawing is scaled into it).
 */
function outside(page: Page) {
  return page.evaluate(() => {
    const root = document.documentElement;
    const problems: string[] = [];
    if (root.scrollHeight > window.innerHeight) problems.push(`page scrolls down: ${root.scrollHeight} > ${window.innerHeight}`);
    if (root.scrollWidth > window.innerWidth) problems.push(`page scrolls across: ${root.scrollWidth} > ${window.innerWidth}`);
    const elements = [...document.querySelectorAll<Element>(".slideshow *")].filter((element) => !element.closest("svg") || element.localName === "svg");
    for (const element of elements) {
      // Not rendered: hidden slides, a closed disclosure's contents, invisible elements.
      if (!element.checkVisibility({ visibilityProperty: true })) continue;
      const box = element.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) continue;
      const inside = box.left >= -0.5 && box.top >= -0.5 && box.right <= window.innerWidth + 0.5 && box.bottom <= window.innerHeight + 0.5;
      if (!inside)
        problems.push(
          `${element.localName}.${element.className}: ${Math.round(box.left)},${Math.round(box.top)} → ${Math.round(box.right)},${Math.round(box.bottom)}`,
        );
    }
    return problems;
  });
}

/** The slide's picture takes the space left: as wide as the stage or as tall, whichever runs out first. */
async function fillsStage(page: Page) {
  const [svg, stage] = await Promise.all([
    page.locator("[data-testid=slide]:visible .slide-svg > svg").boundingBox(),
    page.locator(".slideshow-stage").boundingBox(),
  ]);
  if (!svg || !stage) throw new Error("no slide picture on screen");
  expect(Math.max(svg.width / stage.width, svg.height / stage.height)).toBeGreaterThan(0.97);
  expect(svg.width / svg.height).toBeCloseTo(16 / 9, 1);
}

test.describe("slides fit the screen", () => {
  for (const size of SIZES) {
    for (const [deck, url] of Object.entries(DECKS)) {
      test(`every slide of the ${deck} deck fits ${size.width} × ${size.height}, with and without the notes below it`, async ({ page, consoleErrors }) => {
        await page.setViewportSize(size);
        await page.goto(url);
        const position = page.getByTestId("slide-position");
        const total = Number((await position.textContent())?.split("/")[1]);
        expect(total).toBe(deck === "default" ? 5 : BUILT_DECK.length);
        for (let slide = 1; slide <= total; slide++) {
          await expect(position).toHaveText(`${slide} / ${total}`);
          await expect(page.locator("[data-testid=slide]:visible")).toHaveCount(1);
          expect(await outside(page), `slide ${slide}`).toEqual([]);
          await fillsStage(page);
          // The notes open under the slide: the picture shrinks to make room, nothing leaves the screen.
          await page.keyboard.press("n");
          await expect(page.locator("[data-testid=speaker-notes]:visible")).toHaveCount(1);
          expect(await outside(page), `slide ${slide} with notes`).toEqual([]);
          await page.keyboard.press("n");
          await page.keyboard.press("ArrowRight");
        }
        expect(consoleErrors).toEqual([]);
      });
    }
  }

  test("the deck editor opens over the slide, not below it, and Escape closes it", async ({ page }) => {
    await page.setViewportSize(SIZES[0] as (typeof SIZES)[number]);
    await page.goto(DECKS.built);
    const summary = page.getByTestId("deck-editor").locator("> summary");
    await summary.focus();
    await page.keyboard.press("Enter");
    await expect(page.getByTestId("deck-item")).toHaveCount(BUILT_DECK.length);
    expect(await outside(page)).toEqual([]);
    await page.keyboard.press("Tab");
    await page.keyboard.press("Escape");
    await expect(page.getByTestId("deck-item").first()).toBeHidden();
    await expect(summary).toBeFocused();
  });

  test("the testing slide draws one case's path, large enough to read from the back", async ({ page }) => {
    await page.setViewportSize(SIZES[0] as (typeof SIZES)[number]);
    await page.goto(`${DECKS.built}&slide=2`);
    const steps = page.locator("[data-testid=slide]:visible [data-node]");
    await expect(steps).toHaveCount(11);
    await expect(steps.first()).toHaveAttribute("data-node", "start");
    await expect(steps.last()).toHaveAttribute("data-node", "cat-her2-low");
    // Each step's box is tens of pixels tall even on a 720-pixel screen (the whole diagram shrunk had boxes of about ten).
    for (const box of await steps.locator("> rect").all()) expect((await box.boundingBox())?.height).toBeGreaterThan(40);
  });
});

test.describe("speaker notes in a second window", () => {
  test("follow the slides, and step them", async ({ page, consoleErrors }) => {
    await page.goto(DECKS.default);
    const [notes] = await Promise.all([page.waitForEvent("popup"), page.keyboard.press("w")]);
    await notes.waitForLoadState();
    const where = notes.getByTestId("notes-position");
    await expect(where).toHaveText("Slide 1 of 5: Four-year breast cancer-specific survival by subtype");
    await expect(notes.getByTestId("notes-takeaway")).toContainText("Four years after diagnosis");
    await expectNoAxeViolations(notes);
    await page.keyboard.press("ArrowRight");
    await expect(where).toHaveText(/^Slide 2 of 5: Five-year relative survival/);
    // The notes repeat the slide's own speaker notes.
    await page.keyboard.press("n");
    const takeaway = await page.locator("[data-testid=speaker-notes]:visible p").first().textContent();
    await expect(notes.getByTestId("notes-takeaway")).toHaveText(takeaway ?? "");
    // The speaker steps the slides from the notes window: the presentation follows, and the notes with it.
    await notes.keyboard.press("ArrowRight");
    await expect(page.getByTestId("slide-position")).toHaveText("3 / 5");
    await expect(where).toHaveText(/^Slide 3 of 5: Compare two subtypes/);
    await notes.getByRole("button", { name: "← Previous" }).click();
    await expect(page.getByTestId("slide-position")).toHaveText("2 / 5");
    await page.keyboard.press("End");
    await expect(where).toHaveText(/^Slide 5 of 5: How a HER2 test result is read/);
    await expect(notes.getByText("Last slide.")).toBeVisible();
    // A theme switch loads the page again: the notes window open beside it keeps following.
    await page.getByRole("link", { name: "high contrast" }).click();
    await page.waitForURL(/theme=contrast/);
    await page.locator("html[data-hydrated]").waitFor({ state: "attached" });
    await page.keyboard.press("ArrowLeft");
    await expect(where).toHaveText(/^Slide 4 of 5: Share of all new breast cancers/);
    expect(consoleErrors).toEqual([]);
  });

  test("opened on its own, the window says what it is for and echoes nothing", async ({ page }) => {
    const response = await page.goto("/present/notes?channel=%3Cscript%3Ealert(1)%3C/script%3E");
    expect(await response?.text()).not.toContain("<script>alert(1)");
    await expect(page.getByRole("status")).toContainText("Open it from the presentation");
  });
});
