// /outcomes: the answer for the example in the server's HTML, the form without JavaScript
// (a wrong answer marked beside its field, no result), the links in from /testing and a subtype
// page, and the image and embed. Axe, reflow, the keyboard walk and the glossary run over every page elsewhere.
import { expect, test } from "./fixtures";

const EXAMPLE = "age=42&screen=0&size=25&grade=3&nodes=1&er=0&her2=1&ki67=1&pr=0&generation=3&horm=0&traz=1&bis=0&radio=1&heartGy=2&smoker=0";

test.describe("outcomes page", () => {
  test("without JavaScript: the example's answer, its pictures and table, and a form that refuses an age outside the model", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 375, height: 900 } });
    const page = await context.newPage();
    await page.goto(`/outcomes?${EXAMPLE}`);
    await expect(page.getByTestId("takeaway")).toHaveText(
      "Of 100 women like this, about 83 are alive 10 years after surgery with the treatments chosen; without them, about 62.",
    );
    await expect(page.locator("[data-testid=outcome-icons] circle")).toHaveCount(100);
    await expect(page.locator("[data-testid=outcome-segment]")).not.toHaveCount(0);
    await expect(page.getByTestId("outcomes-table").locator("tbody tr")).toHaveCount(10);
    await expect(page.getByTestId("model-limits")).toContainText("not for men");
    await expect(page.getByTestId("page-sources")).toContainText("predictv30r");
    await page.getByLabel("Age at diagnosis").fill("90");
    await page.getByRole("button", { name: "Show outcomes" }).click();
    await expect(page).toHaveURL(/age=90.*#answer$/);
    // The new page opens at what to fix, not at its top, and its title says there is an error.
    await expect(page.getByTestId("form-errors")).toBeInViewport();
    await expect(page).toHaveTitle(/^Error: /);
    await expect(page.getByTestId("error-age")).toContainText("25 to 85");
    await expect(page.getByLabel("Age at diagnosis")).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByTestId("takeaway")).toHaveCount(0);
    await context.close();
  });

  test("an empty field says what would answer it, and with no radiotherapy the heart dose may stay empty", async ({ page }) => {
    await page.goto(`/outcomes?${EXAMPLE}`);
    await page.getByLabel("Radiotherapy", { exact: true }).selectOption("0");
    await page.getByLabel("Radiation dose to the heart").fill("");
    await page.getByLabel("Ki-67 status").selectOption("");
    await page.getByRole("button", { name: "Show outcomes" }).click();
    await expect(page.getByTestId("error-ki67")).toHaveText("Required: choose “Negative”, “Positive” or “Not known”.");
    await expect(page.getByTestId("error-heartGy")).toHaveCount(0);
    // Following the summary's link keeps the field's label on screen above it.
    await page.getByTestId("form-errors").getByRole("link").first().click();
    await expect(page.locator("label[for=predict-ki67]")).toBeInViewport({ ratio: 1 });
    await page.getByLabel("Ki-67 status").selectOption("9");
    await page.getByRole("button", { name: "Show outcomes" }).click();
    await expect(page.getByTestId("takeaway")).toContainText("Of 100 women like this");
    await expect(page.getByLabel("Radiation dose to the heart")).toHaveValue("0");
  });

  test("without JavaScript: a heart dose above the reference's 0–8 Gy is cautioned beside its field and the result, which still shows", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`/outcomes?${EXAMPLE}`);
    await page.getByLabel("Radiation dose to the heart").fill("99");
    await page.getByRole("button", { name: "Show outcomes" }).click();
    await expect(page).toHaveURL(/heartGy=99/);
    const caution = "99 Gy is above the doses the model’s results were checked at (0–8 Gy): check the value.";
    await expect(page.getByTestId("caution-heartGy")).toHaveText(caution);
    await expect(page.getByLabel("Radiation dose to the heart")).toHaveAccessibleDescription(new RegExp(`^${caution.replace(/[()]/g, "\\$&")}`));
    await expect(page.getByTestId("input-cautions")).toContainText(caution);
    await expect(page.getByTestId("takeaway")).toBeVisible();
    await context.close();
  });

  test("after Back, the form shows the patient its result is for, not what was changed before the next submit", async ({ page }) => {
    await page.goto(`/outcomes?${EXAMPLE}`);
    await page.getByLabel("Trastuzumab", { exact: true }).selectOption({ label: "No" });
    await page.getByLabel("Age at diagnosis").fill("70");
    await page.getByRole("button", { name: "Show outcomes" }).click();
    await expect(page).toHaveURL(/age=70/);
    await page.goBack();
    await expect(page).toHaveURL(/age=42/);
    await expect(page.getByLabel("Age at diagnosis")).toHaveValue("42");
    await expect(page.getByLabel("Trastuzumab", { exact: true })).toHaveValue("1");
  });

  test("an input the link gives twice is left out with a notice naming it, not read as its first value", async ({ page }) => {
    await page.goto(`/outcomes?${EXAMPLE}&age=43`);
    await expect(page.getByTestId("url-notice")).toHaveText("The link gives “age” more than once, so it was left out; the other answers are kept.");
    await expect(page.getByTestId("takeaway")).toHaveCount(0);
    await expect(page.getByLabel("Age at diagnosis")).toHaveValue("");
    await expect(page.getByLabel("HER2 status")).toHaveValue("1");
  });

  test("a HER2 result and a subtype page link in with what they settle", async ({ page }) => {
    await page.goto("/testing?ihc=3");
    await expect(page.getByTestId("outcomes-link").first()).toHaveAttribute("href", "/outcomes?her2=1");
    await page.goto("/subtypes/hr-neg-her2-pos");
    await page.getByTestId("outcomes-link").click();
    await expect(page).toHaveURL(/\/outcomes\?er=0&pr=0&her2=1$/);
    await expect(page.getByTestId("outcomes-start")).toContainText("already filled in");
    await expect(page.getByLabel("HER2 status")).toHaveValue("1");
    await expect(page.getByLabel("Oestrogen receptor (ER) status")).toHaveValue("0");
    await expect(page.locator(".field-error")).toHaveCount(0);
  });

  test("its image names the model, and its embed shows the patient of the link", async ({ page, request }) => {
    const png = await request.get(`/api/charts/outcomes.png?${EXAMPLE}&size=og`);
    expect(png.status()).toBe(200);
    expect(png.headers()["content-type"]).toBe("image/png");
    const svg = await (await request.get(`/api/charts/outcomes.svg?${EXAMPLE}`)).text();
    expect(svg).toContain("PREDICT Breast v3.2");
    expect(svg).toContain("about 83 are alive");
    expect((await request.get(`/api/charts/outcomes.svg?${EXAMPLE.replace("age=42", "age=24")}`)).status()).toBe(400);
    await page.goto(`/embed/outcomes?${EXAMPLE}`);
    await expect(page.locator(".takeaway")).toContainText("about 83 are alive");
    await expect(page.locator("p.source-line")).toContainText("PREDICT Breast v3.2");
    // The key is drawn as on the page: swatches in a row, no list bullets.
    const key = page.locator("ul.outcome-key");
    await expect(key).toHaveCSS("list-style-type", "none");
    await expect(key).toHaveCSS("display", "flex");
  });
});
