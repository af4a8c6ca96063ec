import type { Page } from "@playwright/test";
import { expect, expectNoAxeViolations, test } from "./fixtures";

const THEMES = ["light", "dark", "contrast"] as const;
const visibleSlide = (page: Page) => page.locator("[data-testid=slide]:visible");

test.describe("presentation mode", () => {
  test("steps through the sequence with the keyboard, each slide citing its source", async ({ page, consoleErrors }) => {
    await page.goto("/present", { waitUntil: "networkidle" });
    await expect(page.locator(".site-header")).toHaveCount(0);
    const visible = visibleSlide(page);
    await expect(visible).toHaveCount(1);
    await expect(visible).toHaveAttribute("aria-label", /^1 of 5: Four-year/);
    await expect(visible.locator("svg").first()).toContainText("Howlader");
    await page.keyboard.press("ArrowRight");
    await expect(visible).toHaveAttribute("aria-label", /^2 of 5: Five-year/);
    await expect(page).toHaveURL(/slide=2/);
    // A move is said with the slide's title, not as a bare "2 / 5".
    const said = page.getByTestId("slide-said");
    await expect(said).toHaveAttribute("aria-live", "polite");
    await expect(said).toHaveText(`Slide ${await visible.getAttribute("aria-label")}`);
    await expect(page.getByRole("button", { name: "Next →" })).toHaveAccessibleDescription(/^Slide 2 of 5: Five-year/);
    await page.keyboard.press("ArrowRight");
    await expect(visible).toContainText("About 83 of 100");
    await expect(visible).toContainText("Source: Howlader");
    await page.keyboard.press("End");
    await expect(page.getByTestId("slide-position")).toHaveText("5 / 5");
    await expect(visible).toContainText("How a HER2 test result is read");
    await expect(visible).toContainText("Source: Wolff et al., 2018; Wolff et al., 2023");
    await page.keyboard.press("n");
    await expect(visible.getByTestId("speaker-notes")).toContainText("not ASCO/CAP result categories (US Food and Drug Administration, 2022");
    await page.keyboard.press("ArrowRight");
    await expect(page.getByTestId("slide-position")).toHaveText("5 / 5");
    await page.keyboard.press("Home");
    await expect(page.getByTestId("slide-position")).toHaveText("1 / 5");
    expect(consoleErrors).toEqual([]);
  });

  test("keys with Ctrl, Alt or Meta are left to the browser", async ({ page }) => {
    await page.goto("/present?slide=3", { waitUntil: "networkidle" });
    const position = page.getByTestId("slide-position");
    await expect(position).toHaveText("3 / 5");
    for (const key of ["Alt+ArrowLeft", "Alt+ArrowRight", "Control+ArrowRight", "Meta+ArrowRight", "Control+End", "Shift+Control+Home"]) {
      await page.keyboard.press(key);
      await expect(position, key).toHaveText("3 / 5");
    }
    // Ctrl+F is find in page, not full screen; a plain F still toggles it.
    const fullscreen = () => page.evaluate(() => document.fullscreenElement !== null);
    await page.keyboard.press("Control+f");
    await page.keyboard.press("Meta+f");
    expect(await fullscreen()).toBe(false);
    await expect(page).toHaveURL(/slide=3/);
    // The plain keys still work after all that.
    await page.keyboard.press("ArrowLeft");
    await expect(position).toHaveText("2 / 5");
  });

  test("after the full-screen button is clicked, Space and the arrows step the deck instead of pressing the button again", async ({ page }) => {
    await page.goto("/present?deck=treatments~survival~compare", { waitUntil: "networkidle" });
    const position = page.getByTestId("slide-position");
    const fullscreen = () => page.evaluate(() => document.fullscreenElement !== null);
    await page.getByRole("button", { name: "Full screen (F)" }).click();
    await expect.poll(fullscreen).toBe(true);
    await page.keyboard.press(" ");
    await expect(position).toHaveText("2 / 3");
    expect(await fullscreen()).toBe(true);
    await page.keyboard.press("ArrowRight");
    await expect(position).toHaveText("3 / 3");
    // Leaving by the button hands the deck the keys too.
    await page.getByRole("button", { name: "Full screen (F)" }).click();
    await expect.poll(fullscreen).toBe(false);
    await page.keyboard.press("ArrowLeft");
    await page.keyboard.press(" ");
    await expect(position).toHaveText("3 / 3");
    expect(await fullscreen()).toBe(false);
  });

  test("on a phone held upright it suggests turning it sideways, and only then", async ({ browser, page }) => {
    const phone = await browser.newPage({ viewport: { width: 375, height: 800 }, isMobile: true, hasTouch: true });
    const hint = phone.getByText("Turn the phone sideways for larger slides.");
    await phone.goto("/present", { waitUntil: "networkidle" });
    await expect(hint).toBeVisible();
    await phone.setViewportSize({ width: 800, height: 375 });
    await expect(hint).toBeHidden();
    await phone.close();
    // A narrow desktop window (a mouse) is not told to turn.
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto("/present", { waitUntil: "networkidle" });
    await expect(page.getByText("Turn the phone sideways for larger slides.")).toBeHidden();
  });

  test("switching theme keeps the slide on screen", async ({ page }) => {
    await page.goto("/present", { waitUntil: "networkidle" });
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("ArrowRight");
    await expect(page.getByTestId("slide-position")).toHaveText("3 / 5");
    await page.getByRole("link", { name: "high contrast" }).click();
    await expect(page).toHaveURL(/\/present\?theme=contrast&slide=3$/);
    await expect(page.getByTestId("slide-position")).toHaveText("3 / 5");
    await expect(page.locator(".present-root")).toHaveCSS("background-color", "rgb(0, 0, 0)");
    await expect(page.getByRole("link", { name: "light" })).toHaveAttribute("href", "/present?theme=light&slide=3");
    await expect(page.getByRole("link", { name: "dark", exact: true })).toHaveAttribute("href", "/present?theme=dark&slide=3");
  });

  for (const theme of THEMES) {
    test(`the ${theme} theme steps through every slide by keyboard with no axe violations`, async ({ page, consoleErrors }) => {
      await page.goto(`/present?theme=${theme}`, { waitUntil: "networkidle" });
      for (let slide = 1; slide <= 5; slide++) {
        await expect(page.getByTestId("slide-position")).toHaveText(`${slide} / 5`);
        await expect(visibleSlide(page)).toHaveCount(1);
        await expectNoAxeViolations(page);
        await page.keyboard.press(slide % 2 ? "ArrowRight" : "PageDown");
      }
      expect(consoleErrors).toEqual([]);
    });
  }

  test("the high-contrast theme draws its slides on black in white and bright tints", async ({ page }) => {
    await page.goto("/present?theme=contrast", { waitUntil: "networkidle" });
    const svg = visibleSlide(page).locator(".slide-svg > svg");
    // The chart images are recoloured: the dark scheme's greys and background are gone.
    const html = (await svg.evaluate((el) => el.outerHTML)).toLowerCase();
    expect(html).toContain("#000000");
    expect(html).not.toContain("#111418");
    expect(html).not.toContain("#aab1b9");
    await page.keyboard.press("End");
    // The case's path on the last slide is drawn in the theme's path colour.
    await expect(visibleSlide(page).locator('[data-on-path="true"] > rect').first()).toHaveCSS("stroke", "rgb(255, 225, 77)");
  });

  test("the testing slide draws one case's path alone, and /testing's styles are not loaded here", async ({ page }) => {
    await page.goto("/present?slide=5", { waitUntil: "networkidle" });
    const steps = visibleSlide(page).locator("[data-node]");
    await expect(steps).toHaveCount(8);
    await expect(steps.last()).toHaveAttribute("data-node", "status-positive");
    await expect(visibleSlide(page)).toContainText("→ 2+");
    const rules = await page.evaluate(() =>
      [...document.styleSheets]
        .flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText))
        .filter((text) => /\.presenter\b|\.presenter-controls/.test(text)),
    );
    expect(rules).toEqual([]);
    await expect(page.locator(".slideshow-controls")).toBeVisible();
  });

  test("without JavaScript every slide is listed", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/present");
    await expect(page.locator("[data-testid=slide]:visible")).toHaveCount(5);
    await context.close();
  });
});
