import { readFile } from "node:fs/promises";
import { auditEachScheme, expect, expectNoAxeViolationsInEachScheme, tabTo, test } from "./fixtures";

const SHARED_CASE = "/testing?ihc=2%2B&ratio=2.5&copies=5.1";

/** The diagram on screen at this width (the other orientation is hidden by CSS). */
const visibleDiagram = "[data-testid^=flow-]:visible";

test.describe("the /testing decision flow", () => {
  test("a case completed with the keyboard alone: IHC 2+, then the ISH values, then the result", async ({ page, consoleErrors }) => {
    await page.goto("/testing", { waitUntil: "networkidle" });
    await tabTo(page, 'input[name="ihc"]');
    await page.keyboard.press("ArrowDown"); // 3+ → 2+
    await expect(page.getByRole("radio", { name: "IHC 2+" })).toBeChecked();
    await expect(page.getByTestId("result-card")).toHaveAttribute("data-outcome", "reflex-ish");
    await tabTo(page, 'input[name="ratio"]');
    await page.keyboard.type("2.5");
    await page.keyboard.press("Tab");
    await expect(page.locator('input[name="copies"]')).toBeFocused();
    await page.keyboard.type("5.1");
    await expect(page.getByTestId("result-card").getByRole("heading", { level: 2 })).toHaveText("HER2-positive");
    await expect(page.locator(`${visibleDiagram} [aria-current="step"]`)).toHaveAttribute("data-node", "status-positive");
    await expect(page).toHaveURL(/\/testing\?ihc=2%2B&ratio=2\.5&copies=5\.1$/);
    expect(consoleErrors).toEqual([]);
  });

  test("the outcome boxes are reachable by keyboard: arrows move, Enter explores, Esc closes", async ({ page }) => {
    await page.goto("/testing", { waitUntil: "networkidle" });
    await tabTo(page, "[data-testid=flow-wide] [role=button]", 120); // the desktop diagram at the default 1280 px
    const first = await page.evaluate(() => document.activeElement?.getAttribute("data-node"));
    await page.keyboard.press("ArrowRight");
    const second = await page.evaluate(() => document.activeElement?.getAttribute("data-node"));
    expect(second).not.toBe(first);
    await page.keyboard.press("Enter");
    const card = page.locator(`${visibleDiagram} [data-testid=explore-card]`);
    await expect(card).toBeVisible();
    await expect(card).toContainText(/routes? through the algorithm ends? here/);
    await page.keyboard.press("Escape");
    await expect(card).toHaveCount(0);
    expect(await page.evaluate(() => document.activeElement?.getAttribute("data-node"))).toBe(second);
  });

  test("a shared link reopens the same path and result", async ({ page }) => {
    await page.goto(SHARED_CASE, { waitUntil: "networkidle" });
    await expect(page.getByTestId("result-card").getByRole("heading", { level: 2 })).toHaveText("HER2-positive");
    await expect(page.getByRole("textbox", { name: "HER2/CEP17 ratio" })).toHaveValue("2.5");
    await expect(page.locator(`${visibleDiagram} [data-node="group-1"]`)).toHaveAttribute("data-on-path", "true");
  });

  test("a half-typed case survives a reload: the same answers, the path as far as it goes, the next question", async ({ page, consoleErrors }) => {
    await page.goto("/testing", { waitUntil: "networkidle" });
    await page.getByRole("radio", { name: "IHC 2+" }).check();
    const served = page.waitForResponse((response) => response.url().includes("ratio=2.5"));
    await page.getByRole("textbox", { name: "HER2/CEP17 ratio" }).fill("2.5");
    await expect(page).toHaveURL(/\/testing\?ihc=2%2B&ratio=2\.5$/);
    // While she is still in the ratio box, the copies box is the next question, not an error, even once
    // the server's view of the new address has come.
    await served;
    await page.waitForTimeout(300);
    await expect(page.getByTestId("result-first")).toHaveText("No result yet: the result needs “Average HER2 copies per cell”.");
    await expect(page.getByTestId("error-copies")).toHaveCount(0);
    await page.reload({ waitUntil: "networkidle" });
    await expect(page.getByTestId("url-notice")).toHaveCount(0);
    await expect(page.getByRole("radio", { name: "IHC 2+" })).toBeChecked();
    await expect(page.getByRole("textbox", { name: "HER2/CEP17 ratio" })).toHaveValue("2.5");
    await expect(page.getByTestId("error-copies")).toHaveText("Required when “HER2/CEP17 ratio” is given.");
    await expect(page.locator(`${visibleDiagram} [aria-current="step"]`)).toHaveAttribute("data-node", "pending-ish");
    await expect(page.locator(`${visibleDiagram} [data-node="reflex-ish"]`)).toHaveAttribute("data-on-path", "true");
    await expect(page).toHaveURL(/\/testing\?ihc=2%2B&ratio=2\.5$/);
    await page.getByRole("textbox", { name: "Average HER2 copies per cell" }).fill("5.1");
    await expect(page.getByTestId("result-card").getByRole("heading", { level: 2 })).toHaveText("HER2-positive");
    expect(consoleErrors).toEqual([]);
  });

  test("a decimal comma in both ISH numbers marks both fields at once, each with its own hint", async ({ page }) => {
    await page.goto("/testing", { waitUntil: "networkidle" });
    await page.getByRole("radio", { name: "IHC 2+" }).check();
    await page.getByRole("textbox", { name: "HER2/CEP17 ratio" }).fill("2,1");
    await page.getByRole("textbox", { name: "Average HER2 copies per cell" }).fill("4,5");
    await expect(page.getByTestId("error-ratio")).toHaveText('Write the decimal with a point, as in 2.1. Got "2,1".');
    await expect(page.getByTestId("error-copies")).toHaveText('Write the decimal with a point, as in 4.5. Got "4,5".');
    await expect(page.getByRole("textbox", { name: "Average HER2 copies per cell" })).toHaveAttribute("aria-invalid", "true");
  });

  test("says the protein test usually comes first, and what an IHC 0 without the faint-staining answer depends on", async ({ page }) => {
    await page.goto("/testing?ihc=0", { waitUntil: "networkidle" });
    await expect(page.locator(".lede")).toContainText("A protein test (IHC) usually comes first; a lab can also start with the gene test (ISH).");
    const approvals = page.getByTestId("approved-classes");
    await expect(approvals).toContainText(
      "It depends on whether faint staining was seen, which this result does not record; the pathology report, or the pathologist, can say.",
    );
    await expect(approvals).toContainText("Antibody–drug conjugates: Enhertu");
    await expect(approvals).not.toContainText("covers this result");
    // Answering the question settles it: null is not covered.
    await page.getByLabel("No: no staining at all (HER2-null)").check();
    await expect(approvals).toContainText("No HER2-targeted drug approval in our list covers this result.");
  });

  test("a link with one invalid value keeps the other answers and names the field", async ({ page }) => {
    await page.goto("/testing?ihc=2%2B&ratio=abc&copies=5.1", { waitUntil: "networkidle" });
    await expect(page.getByTestId("url-notice")).toHaveText("The link's “ratio” value could not be used, so it was left out; the other answers are kept.");
    await expect(page.getByRole("radio", { name: "IHC 2+" })).toBeChecked();
    await expect(page.getByRole("textbox", { name: "Average HER2 copies per cell" })).toHaveValue("5.1");
    await expect(page.getByRole("textbox", { name: "HER2/CEP17 ratio" })).toHaveValue("");
    // Said beside the field too (a form sent without JavaScript comes back this way), until it is answered again.
    await expect(page.getByTestId("error-ratio")).toHaveText("The value sent could not be read as a number, so it was left out: type it again.");
    await expect(page.getByRole("textbox", { name: "HER2/CEP17 ratio" })).toHaveAttribute("aria-invalid", "true");
    await page.getByRole("textbox", { name: "HER2/CEP17 ratio" }).fill("2.5");
    await expect(page.getByTestId("error-ratio")).toHaveCount(0);
    await expect(page.getByTestId("url-notice")).toHaveCount(0);
  });

  test("a value being typed is not a bad link: its error is said beside the field only", async ({ page }) => {
    await page.goto("/testing?ihc=2%2B", { waitUntil: "networkidle" });
    const ratio = page.getByRole("textbox", { name: "HER2/CEP17 ratio" });
    // The address keeps the draft as typed, and the page asks the server for its view of it.
    const served = page.waitForResponse((response) => response.url().includes("ratio=2.5x"));
    await ratio.fill("2.5x");
    await expect(page).toHaveURL(/ratio=2\.5x/);
    await served;
    await expect(page.getByTestId("error-ratio")).toBeVisible();
    // A notice would come with that view: give React the moment it takes to show it.
    await page.waitForTimeout(500);
    await expect(page.getByTestId("url-notice")).toHaveCount(0);
    await expect(ratio).toBeFocused();
  });

  test("the API behind the flow, over real HTTP: a raw ihc=2++ is a 400, ihc=2+ and ihc=2%2B are read as 2+", async ({ request }) => {
    const rejected = await request.get("/api/her2-status?ihc=2++");
    expect(rejected.status()).toBe(400);
    expect((await rejected.json()).error.parameter).toBe("ihc");
    for (const query of ["ihc=2+", "ihc=2%2B", "ihc=%202%2B%20", "ihc=+2%2B+"]) {
      const response = await request.get(`/api/her2-status?${query}`);
      expect(response.status(), query).toBe(200);
      expect((await response.json()).result.nextStep, query).toBe("reflex-ish");
    }
  });

  test("the page, the embed and the image read a raw ihc=2++ as the API does: rejected, named; ihc=2+ still reads as 2+", async ({ page, request }) => {
    // IHC 2+ with ratio 2.5 and 5 copies is ISH group 1: the path ends at "positive" only when 2+ is read.
    const positive = page.locator('[aria-current="step"][data-node="status-positive"]');
    for (const path of ["/testing", "/embed/testing"]) {
      await page.goto(`${path}?ihc=2++&ratio=2.5&copies=5`);
      await expect(page.getByTestId("url-notice"), path).toHaveText(
        "The link's “ihc” value could not be used, so it was left out; the other answers are kept.",
      );
      await expect(positive, path).toHaveCount(0);
      await page.goto(`${path}?ihc=2+&ratio=2.5&copies=5`);
      await expect(page.getByTestId("url-notice"), path).toHaveCount(0);
      expect(await positive.count(), path).toBeGreaterThan(0);
    }
    const image = await request.get("/api/charts/testing.svg?ihc=2++&ratio=2.5&copies=5");
    expect(image.status()).toBe(400);
    expect((await image.json()).error.parameter).toBe("ihc");
  });

  test("without JavaScript: the shared link shows the result, and the form works as a GET form", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(SHARED_CASE);
    await expect(page.getByTestId("result-card").getByRole("heading", { level: 2 })).toHaveText("HER2-positive");
    await expect(page.locator(`${visibleDiagram} [aria-current="step"]`)).toHaveAttribute("data-node", "status-positive");
    await page.getByRole("radio", { name: "IHC 1+" }).check();
    await page.getByRole("button", { name: "Show the result" }).click();
    await expect(page).toHaveURL(/ihc=1%2B/);
    await expect(page.getByTestId("result-card").getByRole("heading", { level: 2 })).toHaveText("HER2-positive"); // IHC 1+ with ISH group 1
    await expect(page.locator(`${visibleDiagram} [data-node="ish-dual"]`)).toHaveAttribute("data-on-path", "true");
    await context.close();
  });

  test("presenter mode steps through the worked examples with the arrow keys; Esc leaves", async ({ page }) => {
    await page.goto("/testing", { waitUntil: "networkidle" });
    await page.getByRole("button", { name: "Presenter mode" }).click();
    const dialog = page.getByRole("dialog");
    await expect(dialog).toContainText("Worked example 1 of 11");
    await page.keyboard.press("ArrowRight");
    await expect(dialog).toContainText("Worked example 2 of 11");
    await expect(dialog.locator("#presenter-heading")).toHaveText("Equivocal: ISH needed");
    await page.keyboard.press("ArrowLeft");
    await expect(dialog).toContainText("Worked example 1 of 11");
    await page.keyboard.press("Escape");
    await expect(dialog).toHaveCount(0);
    await expect(page.getByRole("button", { name: "Presenter mode" })).toBeFocused();
  });

  test("a batch of 1,000 pasted rows is counted, with per-row errors, and downloads as CSV with its case ids", async ({ page }) => {
    // Positive, HER2-low, reflex ISH (written as a report writes it), positive, invalid.
    const kinds = ["3+,,", "1+,,", "IHC 2+,,", "IHC2+,2.5,5.1", "4+,,"];
    const csv = ["case_id,ihc,ratio,copies", ...Array.from({ length: 1000 }, (_, i) => `C${i + 1},${kinds[i % kinds.length]}`)].join("\n");
    await page.goto("/testing", { waitUntil: "networkidle" });
    await page.getByText("For researchers: classify many cases at once (CSV)").click();
    await page.getByLabel("CSV text").fill(csv);
    await page.getByRole("button", { name: "Classify" }).click();
    await expect(page.getByTestId("batch-summary")).toHaveText("1,000 rows: 600 final, 200 not final yet, 200 with errors.");
    await expect(page.getByTestId("batch-category-counts").locator('[data-key="her2-positive"] td')).toHaveText("400");
    await expect(page.getByTestId("batch-next-step-counts").locator('[data-key="reflex-ish"] td')).toHaveText("200");
    await expect(page.getByTestId("batch-truncated")).toContainText("first 200 of 1,000 rows");
    await expect(page.getByTestId("batch-rows").locator("tbody tr")).toHaveCount(200);
    await expect(page.getByTestId("batch-rows").locator("tbody tr").nth(4)).toContainText("Error in ihc: The IHC score must be 0, 1+, 2+ or 3+.");
    await expect(page.getByTestId("batch-rows").locator("tbody tr").nth(4).locator("td").first()).toHaveText("C5");
    await expect(page.getByTestId("batch-rows").locator("tbody tr").nth(2)).toContainText("Equivocal (IHC 2+), ISH needed");
    // Every error is on screen, even those past the table's first 200 rows.
    await expect(page.getByTestId("batch-errors").getByRole("heading")).toHaveText("200 rows with errors, by line");
    await expect(page.getByTestId("batch-errors").getByRole("listitem")).toHaveText(
      /^ihc: The IHC score must be 0, 1\+, 2\+ or 3\+\. Got "4\+"\. Lines 6, 11, .*, 996, 1001\.$/,
    );

    const downloading = page.waitForEvent("download");
    await page.getByRole("button", { name: "Download results (CSV)" }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe("her2-batch-results.csv");
    const lines = (await readFile(await download.path(), "utf8")).trim().split("\r\n");
    expect(lines).toHaveLength(1001);
    expect(lines[0]).toMatch(/^case_id,line,ihc,/);
    expect(lines[5]).toMatch(/^C5,6,4\+,.*invalid/);
    expect(lines[1000]).toMatch(/^C1000,1001,/);
  });

  for (const width of [1280, 375] as const) {
    test(`no axe violations at ${width}px in light and dark, with a case, an explored outcome and presenter mode`, async ({ page, consoleErrors }) => {
      // Six full axe passes over the 37-node diagram: slow on a busy 2-core machine, not a hang.
      test.slow();
      await page.emulateMedia({ reducedMotion: "reduce" });
      await page.setViewportSize({ width, height: 900 });
      await page.goto(SHARED_CASE, { waitUntil: "networkidle" });
      await auditEachScheme(page);

      await page.locator(`${visibleDiagram} [data-node="pending-recount"]`).click();
      await expect(page.locator(`${visibleDiagram} [data-testid=explore-card]`)).toBeVisible();
      await expectNoAxeViolationsInEachScheme(page);

      await page.getByRole("button", { name: "Presenter mode" }).click();
      await expect(page.getByRole("dialog")).toBeVisible();
      await expectNoAxeViolationsInEachScheme(page);
      expect(consoleErrors).toEqual([]);
    });
  }

  test("reflows at 320px without horizontal scrolling", async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 800 });
    await page.goto(SHARED_CASE, { waitUntil: "networkidle" });
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
  });
});
