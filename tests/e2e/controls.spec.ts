// Controls that do what they say (issue 17, point 4). That no visible control sits disabled without a
// visible reason, nor has its text cut off, is checked on every page's audit load (a11y.spec.ts,
// controls.ts); here: the reasons the pages give, and, on the explorer pages, that every form control,
// changed, changes what the page shows (its charts, answers or notes) or its address.
import type { Locator, Page } from "@playwright/test";
import { openAll } from "./controls";
import { expect, test } from "./fixtures";

test.describe("a disabled control says why", () => {
  test("the survival stage list, disabled for the four-year measure, says why, and works for the five-year one", async ({ page }) => {
    await page.goto("/survival", { waitUntil: "networkidle" });
    const stage = page.locator("#survival-stage");
    await expect(stage).toBeDisabled();
    await expect(stage).toHaveAccessibleDescription(/Only 5-year relative survival has figures by stage/);
    await expect(page.getByTestId("stage-hint")).toBeVisible();
    await page.getByLabel(/5-year relative survival/).check();
    await expect(stage).toBeEnabled();
    await stage.selectOption("distant");
    await expect(page.getByTestId("bar")).toHaveCount(5);
  });
});

/**
 * What the page shows, without its controls: charts (marks, their names), answers, notes, callouts
 * and tables. Download links, citations, the controls' own labels and the address are left out, so
 * a control that only rewrites its own label, an export link or the URL does not count as changing
 * the page. Whether a disclosure is open is left out too: the test opens them all.
 */
function shown(page: Page): Promise<string> {
  return page.evaluate(() => {
    const main = document.querySelector("main")!.cloneNode(true) as HTMLElement;
    const each = (selector: string, change: (el: Element) => void) => {
      for (const el of main.querySelectorAll(selector)) change(el);
    };
    // Status lines ("Link copied.") are not the view; a chart's takeaway, live as it is, is.
    each(
      "input, select, textarea, button, label, legend, fieldset, .controls, .chart-share, .source-note, figcaption, [aria-live]:not([data-testid=takeaway])",
      (el) => el.remove(),
    );
    each("details", (el) => el.removeAttribute("open"));
    // Where the pointer rests after a click (a hovered mark, its tooltip, the chart's roving Tab stop) is not the view.
    each("[data-testid=tooltip]", (el) => el.remove());
    each("[tabindex]", (el) => el.removeAttribute("tabindex"));
    each(".is-active", (el) => el.classList.remove("is-active"));
    // Attribute order is not the view: an element React updates in place gains an attribute after
    // those it kept, where the server wrote it in another place.
    each("*", (el) => {
      const attributes = [...el.attributes].map((a) => [a.name, a.value] as const).sort(([a], [b]) => (a < b ? -1 : 1));
      for (const [name] of attributes) el.removeAttribute(name);
      for (const [name, value] of attributes) el.setAttribute(name, value);
    });
    // React's markers between server-rendered text pieces go once a part re-renders in the browser,
    // and React's generated ids (useId) are new when a part mounts again.
    return main.innerHTML.replace(/<!--[\s\S]*?-->/g, "").replace(/_r_[a-z0-9_]+_/gi, "");
  });
}

/** Changes one control to another value; returns a way to put it back. */
async function change(control: Locator): Promise<(() => Promise<void>) | null> {
  const kind = await control.evaluate((el) => (el instanceof HTMLSelectElement ? "select" : (el as HTMLInputElement).type));
  if (kind === "checkbox") {
    await control.click();
    return () => control.click();
  }
  if (kind === "radio") {
    if (await control.isChecked()) return null;
    const name = await control.getAttribute("name");
    const form = control.locator("xpath=ancestor::form[1]");
    const before = form.locator(`input[type=radio][name="${name}"]:checked`);
    const original = (await before.count()) > 0 ? await before.first().getAttribute("value") : null;
    await control.check();
    return async () => {
      if (original !== null) await form.locator(`input[type=radio][name="${name}"][value="${original}"]`).check();
    };
  }
  if (kind === "select") {
    const values = await control.evaluate((el) => [...(el as HTMLSelectElement).options].map((o) => o.value));
    const current = await control.inputValue();
    const next = values.find((value) => value !== current);
    if (next === undefined) return null;
    await control.selectOption(next);
    return async () => {
      await control.selectOption(current);
    };
  }
  return null;
}

// Each explorer page in its default view, and the survival page with the five-year measure, where the stage list is live.
const EXPLORERS = ["/survival", "/survival?measure=five-year-relative", "/prevalence", "/treatments"];

test.describe("every form control on the explorer pages changes what the page shows", () => {
  for (const path of EXPLORERS) {
    test(path, async ({ page, consoleErrors }) => {
      test.slow();
      await page.goto(path, { waitUntil: "networkidle" });
      // The folded charts' controls count too: open every fold and disclosure first.
      await openAll(page);
      // The embed snippet's options rewrite the snippet, not the page (embed-theme.spec checks them).
      const controls = page.locator("main").locator(":is(input[type=radio], input[type=checkbox], select):not(.chart-share *)");
      const count = await controls.count();
      expect(count).toBeGreaterThan(3);
      const dead: string[] = [];
      let exercised = 0;
      for (let i = 0; i < count; i++) {
        const control = controls.nth(i);
        if (!(await control.isVisible()) || (await control.isDisabled())) continue;
        const label = await control.evaluate((el) => `${el.getAttribute("name")}=${(el as HTMLInputElement).value}`);
        const before = await shown(page);
        const url = page.url();
        const undo = await change(control);
        if (!undo) continue;
        exercised++;
        await expect
          .poll(() => shown(page), { message: `${label} changes the page`, timeout: 3_000 })
          .not.toBe(before)
          .catch(() => dead.push(label));
        await undo();
        await openAll(page);
        await expect
          .poll(() => shown(page), { message: `${label} changed back` })
          .toBe(before)
          .catch(async () => {
            const after = await shown(page);
            let i = 0;
            while (i < before.length && before[i] === after[i]) i++;
            throw new Error(`${label} did not change back: ${before.slice(i - 200, i + 300)}\n---\n${after.slice(i - 200, i + 300)}`);
          });
        await expect(page).toHaveURL(url);
      }
      expect(dead, "controls that changed nothing").toEqual([]);
      expect(exercised).toBeGreaterThan(3);
      expect(consoleErrors).toEqual([]);
    });
  }
});
