import type { Page } from "@playwright/test";
import { expect, expectNoAxeViolations, test } from "./fixtures";

const DISTANT = "/survival?measure=five-year-relative&stage=distant";
const visibleSlide = (page: Page) => page.locator("[data-testid=slide]:visible");
const position = (page: Page) => page.getByTestId("slide-position");

/** Opens a chart frame's "Download, embed or cite" and presses its "Add to deck". */
async function addToDeck(page: Page, url: string, frameTitle: RegExp) {
  await page.goto(url);
  const frame = page.locator("figure.chart-frame", { has: page.getByRole("heading", { name: frameTitle }) }).first();
  await frame.getByTestId("chart-share").locator("> summary").click();
  await frame.getByRole("button", { name: /^Add to deck/ }).click();
  await expect(frame.getByTestId("add-to-deck").getByRole("status")).toContainText("Added as slide");
  return frame;
}

test.describe("deck builder", () => {
  test("a view added from its page is a slide with its measure and stage, and the deck is reordered and trimmed by keyboard", async ({
    page,
    consoleErrors,
  }) => {
    const frame = await addToDeck(page, DISTANT, /^Five-year relative survival/);
    const open = frame.getByTestId("open-deck");
    await expect(open).toHaveText("Open the deck (1 slide)");
    await expect(open).toHaveAttribute("href", "/present?deck=survival%3Fmeasure%3Dfive-year-relative%26stage%3Ddistant");
    // A second view, from another page: the deck kept in the browser grows.
    const second = await addToDeck(page, "/survival", /^Four-year/);
    await expect(second.getByTestId("open-deck")).toHaveText("Open the deck (2 slides)");
    await second.getByTestId("open-deck").click();
    await page.waitForURL(/\/present\?deck=/);
    await page.locator("html[data-hydrated]").waitFor({ state: "attached" });

    const slide = visibleSlide(page);
    await expect(position(page)).toHaveText("1 / 2");
    await expect(slide).toHaveAttribute("aria-label", "1 of 2: Five-year relative survival by subtype and stage");
    // The slide is drawn for the distant stage: its takeaway says so, and the speaker notes repeat it with the source.
    await expect(slide.locator(".slide-svg > svg")).toContainText("once cancer has spread to distant organs");
    await expect(slide.getByTestId("speaker-notes")).toHaveCount(0);
    await page.keyboard.press("n");
    await expect(slide.getByTestId("speaker-notes")).toContainText("at that stage it was highest for HR+/HER2+ (45.6%)");
    await expect(slide.getByTestId("speaker-notes")).toContainText("Source: National Cancer Institute, SEER Program");
    await page.keyboard.press("PageDown");
    await expect(slide).toHaveAttribute("aria-label", /^2 of 2: Four-year/);
    await page.keyboard.press("Home");
    await expect(position(page)).toHaveText("1 / 2");
    await page.keyboard.press("End");
    await expect(position(page)).toHaveText("2 / 2");

    // Reorder by keyboard: the second slide moves up, focus stays on its button, the URL and the kept deck follow.
    const editor = page.getByTestId("deck-editor");
    await editor.locator("summary").focus();
    await page.keyboard.press("Enter");
    const items = editor.getByTestId("deck-item");
    await items.nth(1).getByRole("button", { name: "Move up: slide 2" }).focus();
    await page.keyboard.press("Enter");
    await expect(items.first()).toContainText("Four-year");
    await expect(page.locator(":focus")).toHaveAccessibleName("Move down: slide 1");
    await expect(page).toHaveURL(/deck=survival~survival%3Fmeasure%3Dfive-year-relative%26stage%3Ddistant/);
    await expect(slide).toHaveAttribute("aria-label", /^1 of 2: Four-year/);
    // Remove the four-year slide with Space: one slide is left, the distant-stage one.
    await page.keyboard.press("Tab");
    await expect(page.locator(":focus")).toHaveAccessibleName("Remove: slide 1");
    await page.keyboard.press(" ");
    await expect(items).toHaveCount(1);
    await expect(position(page)).toHaveText("1 / 1");
    await expect(slide).toHaveAttribute("aria-label", "1 of 1: Five-year relative survival by subtype and stage");
    await expect(page).toHaveURL(
      /deck=survival%3Fmeasure%3Dfive-year-relative%26stage%3Ddistant&|deck=survival%3Fmeasure%3Dfive-year-relative%26stage%3Ddistant$/,
    );
    await expect(items.first().getByRole("button", { name: "Remove: slide 1" })).toBeDisabled();
    // The shared URL draws the same deck after a reload, and the kept deck says one slide too.
    await page.reload();
    await expect(position(page)).toHaveText("1 / 1");
    await page.goto(DISTANT);
    await expect(page.getByTestId("open-deck").first()).toHaveText("Open the deck (1 slide)");
    expect(consoleErrors).toEqual([]);
  });

  test("a deck from someone's link is edited in its address and kept as the viewer's own only when asked", async ({ page, consoleErrors }) => {
    const kept = () => page.evaluate(() => window.localStorage.getItem("her2-atlas-deck"));
    await page.goto("/survival");
    await page.evaluate(() => window.localStorage.setItem("her2-atlas-deck", "survival"));
    await page.goto(`/present?deck=${encodeURIComponent("survival?measure=five-year-relative&stage=distant~share-of-cases")}`);
    await page.locator("html[data-hydrated]").waitFor({ state: "attached" });
    const editor = page.getByTestId("deck-editor");
    await editor.locator("> summary").click();
    await expect(editor.getByTestId("deck-kept")).toHaveText("From a link: your changes stay in this page's address, not in your own deck.");
    await editor.getByRole("button", { name: "Remove: slide 1" }).click();
    await expect(position(page)).toHaveText("1 / 1");
    await expect(page).toHaveURL(/deck=share-of-cases(&|$)/);
    expect(await kept()).toBe("survival");
    // Kept on request: it replaces the viewer's deck, and "Open the deck" on a chart opens it.
    await editor.getByRole("button", { name: /^Keep as my deck/ }).click();
    await expect(editor.getByTestId("deck-kept")).toBeFocused();
    await expect(editor.getByTestId("deck-kept")).toHaveText("This is the deck kept in this browser: your changes are kept too.");
    expect(await kept()).toBe("share-of-cases");
    expect(consoleErrors).toEqual([]);
  });

  test("the site's /present shows the sample deck with a way to the deck built in this browser", async ({ page }) => {
    await page.goto("/present", { waitUntil: "networkidle" });
    await expect(page.getByTestId("open-kept-deck")).toHaveCount(0);
    await addToDeck(page, DISTANT, /^Five-year relative survival/);
    await page.goto("/present", { waitUntil: "networkidle" });
    const mine = page.getByTestId("open-kept-deck");
    await expect(mine).toHaveText("Present your deck (1 slide)");
    await mine.click();
    await page.waitForURL(/\/present\?deck=survival%3Fmeasure%3Dfive-year-relative%26stage%3Ddistant$/);
    await expect(position(page)).toHaveText("1 / 1");
    await expect(page.getByTestId("open-kept-deck")).toHaveCount(0);
    // In another theme, the deck opens in that theme.
    await page.goto("/present?theme=dark", { waitUntil: "networkidle" });
    await expect(page.getByTestId("open-kept-deck")).toHaveAttribute("href", /&theme=dark$/);
  });

  test("the /testing result can be added too", async ({ page }) => {
    await page.goto("/testing?ihc=2%2B");
    await page.getByTestId("flow-share").locator("> summary").click();
    await page
      .getByTestId("flow-share")
      .getByRole("button", { name: /^Add to deck/ })
      .click();
    await page.getByTestId("flow-share").getByTestId("open-deck").click();
    await page.waitForURL(/\/present\?deck=testing%3Fihc%3D2%252B/);
    await expect(visibleSlide(page)).toHaveCount(1);
    await expect(page.getByTestId("url-notice")).toHaveCount(0);
  });

  test("a hostile deck shows the default deck with a notice and no echo", async ({ page }) => {
    const hostile = encodeURIComponent('<script>window.hacked=1</script>~survival?stage="><img src=x onerror=alert(1)>');
    const response = await page.goto(`/present?deck=${hostile}`);
    const html = (await response?.text()) ?? "";
    expect(html).not.toContain("<script>window.hacked");
    expect(html).not.toContain("onerror=alert");
    await expect(page.getByTestId("url-notice")).toHaveText("None of the deck's slides could be read. The default deck is shown.");
    await expect(position(page)).toHaveText("1 / 5");
    expect(await page.evaluate(() => "hacked" in window)).toBe(false);
  });

  test("a deck with a bad entry keeps the rest and says which slide was left out", async ({ page }) => {
    await page.goto(`/present?deck=${encodeURIComponent("subtypes~survival?stage=nowhere~survival?measure=five-year-relative&stage=distant")}`);
    await expect(page.getByTestId("url-notice")).toHaveText("Slide 2 of the deck could not be read, so it was left out.");
    await expect(position(page)).toHaveText("1 / 2");
  });

  test("without JavaScript, 'Present' links to this view alone and the notes are under each slide", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(DISTANT);
    const link = page.locator("#survival-chart").getByTestId("add-to-deck").locator("a");
    await expect(link).toHaveAttribute("href", "/present?deck=survival%3Fmeasure%3Dfive-year-relative%26stage%3Ddistant");
    await page.goto("/present?deck=survival%3Fmeasure%3Dfive-year-relative%26stage%3Ddistant");
    await expect(page.getByTestId("speaker-notes")).toContainText("45.6%");
    await context.close();
  });

  test("axe finds nothing on a built deck, notes and editor open", async ({ page }) => {
    await page.goto(`/present?deck=${encodeURIComponent("survival?measure=five-year-relative&stage=distant~share-of-cases")}`);
    await page.getByRole("button", { name: "Speaker notes (N)" }).click();
    await page.getByTestId("deck-editor").locator("> summary").click();
    await expectNoAxeViolations(page);
  });
});
