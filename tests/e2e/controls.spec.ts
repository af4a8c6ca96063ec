// Controls that do what they say (issue 17, point 4). On every page: no visible control sits
// disabled without a visible reason, and no select's text is cut off at 375 px. On the explorer
// pages: every form control, changed, changes what the page shows (its charts, answers or notes)
// or its address.
import type { Locator, Page } from "@playwright/test";
import { PAGES } from "../../scripts/pages.mjs";
import { expect, test } from "./fixtures";

/** Opens every disclosure and folded chart, so the controls inside them are on screen. */
async function openAll(page: Page) {
  await page.evaluate(() => document.querySelectorAll<HTMLDetailsElement>("details").forEach((details) => (details.open = true)));
}

interface ControlReport {
  label: string;
  /** Disabled with no visible accessible description. */
  unexplained: boolean;
  /** The shown option's text is wider than the select's box. */
  clipped: boolean;
}

/** Every visible select, input, button and textarea: is it disabled without a reason, or clipped? */
function inspectControls(page: Page): Promise<ControlReport[]> {
  return page.evaluate(() => {
    const visible = (el: Element) => {
      const rect = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      return rect.width > 0 && rect.height > 0 && style.visibility !== "hidden" && !el.closest("[hidden], details:not([open]) > :not(summary)");
    };
    const canvas = document.createElement("canvas").getContext("2d")!;
    return [...document.querySelectorAll<HTMLElement>("select, input:not([type=hidden]), button, textarea")].filter(visible).map((el) => {
      const disabled = el.matches(":disabled") || el.getAttribute("aria-disabled") === "true";
      // A reason is an accessible description the reader can also see.
      const reasons = (el.getAttribute("aria-describedby") ?? "")
        .split(/\s+/)
        .flatMap((id) => (id ? [document.getElementById(id)] : []))
        .filter((reason): reason is HTMLElement => reason !== null && visible(reason) && (reason.textContent ?? "").trim() !== "");
      let clipped = false;
      if (el instanceof HTMLSelectElement) {
        const style = getComputedStyle(el);
        canvas.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
        const text = el.selectedOptions[0]?.text ?? "";
        // Room for the text: the box less its padding, borders and the drop-down arrow (about 1.5em).
        const room = el.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - 1.5 * parseFloat(style.fontSize);
        clipped = canvas.measureText(text).width > room;
      }
      const name = el.getAttribute("aria-label") ?? el.id ?? "";
      return { label: `${el.tagName.toLowerCase()}${name ? `#${name}` : ""} "${(el.textContent ?? (el as HTMLInputElement).value ?? "").trim().slice(0, 30)}"`, unexplained: disabled && reasons.length === 0, clipped };
    });
  });
}

/** /data, /glossary and the subtype pages offer links and downloads but no form controls; every other page has some. */
const hasNoFormControls = (path: string) => path === "/data" || path === "/glossary" || path.startsWith("/subtypes/");

test.describe("no control is disabled without a visible reason, or cut off", () => {
  for (const path of PAGES) {
    for (const width of [375, 1280]) {
      test(`${path} at ${width}px`, async ({ page }) => {
        await page.setViewportSize({ width, height: 812 });
        await page.goto(path, { waitUntil: "networkidle" });
        // Open every disclosure and fold, so controls inside them are checked too.
        await openAll(page);
        const reports = await inspectControls(page);
        if (!hasNoFormControls(path)) expect(reports.length, "controls found").toBeGreaterThan(0);
        expect(reports.filter((r) => r.unexplained).map((r) => r.label), "disabled without a visible reason").toEqual([]);
        expect(reports.filter((r) => r.clipped).map((r) => r.label), "select text cut off").toEqual([]);
      });
    }
  }

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
    main.querySelectorAll("input, select, textarea, button, label, legend, fieldset, .controls, .chart-share, .source-note, figcaption, [aria-live]").forEach((el) => el.remove());
    main.querySelectorAll("details").forEach((el) => el.removeAttribute("open"));
    // Where the pointer rests after a click (a hovered mark, its tooltip, the chart's roving Tab stop) is not the view.
    main.querySelectorAll("[data-testid=tooltip]").forEach((el) => el.remove());
    main.querySelectorAll("[tabindex]").forEach((el) => el.removeAttribute("tabindex"));
    main.querySelectorAll(".is-active").forEach((el) => el.classList.remove("is-active"));
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
      const controls = page.locator("main").locator("input[type=radio], input[type=checkbox], select");
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
        await expect.poll(() => shown(page), { message: `${label} changes the page`, timeout: 3_000 }).not.toBe(before).catch(() => dead.push(label));
        await undo();
        await openAll(page);
        await expect.poll(() => shown(page), { message: `${label} changed back` }).toBe(before).catch(async () => {
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
