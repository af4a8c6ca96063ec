// /trials: the curves and their hazard ratio in the server's HTML, the endpoint picker with and
// without JavaScript, keyboard exploration along the time axis, and the links from /survival and
// /treatments. Axe, reflow and the keyboard walk run over every page in a11y.spec.
import { inspectControls } from "./controls";
import { expect, tabTo, test } from "./fixtures";

test.describe("trials page", () => {
  test("without JavaScript: the hazard ratio, the curves, the number at risk and the picker work from the HTML", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 375, height: 900 } });
    const page = await context.newPage();
    await page.goto("/trials");
    // The plain sentence first, then the hazard ratio.
    await expect(page.getByTestId("takeaway")).toContainText("of 100 people given");
    await expect(page.getByTestId("takeaway")).toContainText("not a forecast for one person");
    await expect(page.getByTestId("hazard-ratio")).toContainText("Hazard ratio 0.68 (95% confidence interval 0.55–0.83)");
    await expect(page.locator("[data-testid=trial-chart] path.km-curve")).toHaveCount(2);
    await expect(page.locator("[data-testid=at-risk]")).toContainText("Number at risk");
    await expect(page.getByTestId("published-comparison")).toContainText("56.5 months");
    await expect(page.getByTestId("trial-provenance")).toContainText("MIT licence");
    // The closed picker says the chosen option's own text, so it names the trial, not only "Overall survival".
    await expect(page.getByLabel("Trial and endpoint").locator("option:checked")).toHaveText("CLEOPATRA: overall survival");
    await page.getByLabel("Trial and endpoint").selectOption("th3resa-pfs");
    await page.getByRole("button", { name: "Show curves" }).click();
    await expect(page).toHaveURL(/endpoint=th3resa-pfs/);
    await expect(page.getByTestId("hazard-ratio")).toContainText("Hazard ratio 0.52");
    await expect(page.getByLabel("Trial and endpoint").locator("option:checked")).toHaveText("TH3RESA: progression-free survival");
    await context.close();
  });

  test("an unknown endpoint falls back to the default with a notice", async ({ page }) => {
    await page.goto("/trials?endpoint=%3Cb%3Enope");
    await expect(page.getByTestId("hazard-ratio")).toContainText("Hazard ratio 0.68");
    await expect(page.getByText("was not recognised")).toBeVisible();
    expect(await page.content()).not.toContain("<b>nope");
  });

  test("with JavaScript: the picker swaps the curves, and the keyboard walks along the time axis", async ({ page, consoleErrors }) => {
    await page.goto("/trials", { waitUntil: "networkidle" });
    await page.getByLabel("Trial and endpoint").selectOption("cerebel-os");
    await expect(page).toHaveURL(/endpoint=cerebel-os/);
    await expect(page.getByRole("heading", { name: "CEREBEL: overall survival" })).toBeVisible();
    await tabTo(page, "[data-testid=km-stop]");
    await expect(page.getByTestId("tooltip")).toContainText("0 months:");
    await page.keyboard.press("ArrowRight");
    await expect(page.locator("[data-testid=km-stop]:focus")).toHaveAttribute("data-time", "3");
    await expect(page.locator("[data-testid=km-stop]:focus")).toHaveAccessibleName(/^3 months: Lapatinib \+ capecitabine \d+\.\d% \(95% CI/);
    await page.keyboard.press("End");
    await expect(page.getByTestId("tooltip")).toContainText("at risk");
    await page.keyboard.press("Escape");
    await expect(page.getByTestId("tooltip")).toHaveCount(0);
    expect(consoleErrors).toEqual([]);
  });

  test("every endpoint's name can be read in full in the picker: on a phone it wraps under its label, on a desktop it stays one line beside it", async ({
    page,
  }) => {
    const picker = page.getByLabel("Trial and endpoint");
    const label = page.getByTestId("trial-controls").locator("label");
    await page.setViewportSize({ width: 375, height: 812 });
    await page.goto("/trials", { waitUntil: "networkidle" });
    const endpoints = await picker.locator("option").evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value));
    expect(endpoints.length).toBeGreaterThan(1);
    for (const endpoint of endpoints) {
      await picker.selectOption(endpoint);
      await expect(picker).toHaveValue(endpoint);
      const cut = (await inspectControls(page)).filter((control) => control.clipped).map((control) => control.label);
      expect(cut, `cut off with ${endpoint} chosen`).toEqual([]);
    }
    // The longest names take two lines, the picker within the column, under its label.
    // Measured once the view for it has arrived: a choice reloads the chart and its controls, and a box read in between is no answer.
    await picker.selectOption("marianne-tdm1-pertuzumab-pfs");
    await expect(page).toHaveURL(/endpoint=marianne-tdm1-pertuzumab-pfs/);
    await expect(page.locator("#trial-curves-heading")).toContainText("MARIANNE");
    await expect
      .poll(async () => {
        const [labelBox, pickerBox] = [await label.boundingBox(), await picker.boundingBox()];
        return pickerBox !== null && labelBox !== null && pickerBox.y >= labelBox.y + labelBox.height;
      })
      .toBe(true);
    const phonePicker = await picker.boundingBox();
    expect(phonePicker && phonePicker.x + phonePicker.width).toBeLessThanOrEqual(375 - 16);
    expect(phonePicker?.height).toBeGreaterThan(40);
    await page.setViewportSize({ width: 1280, height: 800 });
    const [deskLabel, deskPicker] = [await label.boundingBox(), await picker.boundingBox()];
    expect(deskPicker && deskLabel && deskPicker.x > deskLabel.x + deskLabel.width).toBe(true);
    expect(deskPicker?.height).toBeLessThan(40);
    expect((await inspectControls(page)).filter((control) => control.clipped)).toEqual([]);
  });

  test("/survival and /treatments link to the curves", async ({ page }) => {
    await page.goto("/survival");
    await expect(page.getByTestId("trials-link").getByRole("link", { name: "Survival over time" })).toHaveAttribute("href", "/trials");
    await page.goto("/treatments");
    const links = page.getByTestId("trial-curve-links").getByRole("link");
    await expect(links.filter({ hasText: "CLEOPATRA" }).first()).toHaveAttribute("href", "/trials?endpoint=cleopatra-os");
    await expect(links.filter({ hasText: "ExteNET" })).toHaveAttribute("href", "/trials?endpoint=extenet-idfs");
  });

  test("its image and embed carry the citation and the reconstruction", async ({ page, request }) => {
    const png = await request.get("/api/charts/trials.png?endpoint=th3resa-pfs&size=square");
    expect(png.status()).toBe(200);
    expect(png.headers()["content-type"]).toBe("image/png");
    const svg = await (await request.get("/api/charts/trials.svg?endpoint=cleopatra-os")).text();
    expect(svg).toContain("reconstructed from the published curve; kmdata");
    await page.goto("/embed/trials?endpoint=extenet-idfs");
    await expect(page.getByRole("heading", { name: "ExteNET: invasive disease-free survival" })).toBeVisible();
    await expect(page.locator("p.source-line")).toContainText("kmdata");
  });
});
