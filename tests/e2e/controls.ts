// The control audit every page load in a11y.spec.ts ends with: with every disclosure open, no visible
// control is disabled without a visible reason, and no select's text is cut off.
import type { Page } from "@playwright/test";
import { EMBEDS } from "../../scripts/pages.mjs";
import { expect } from "./fixtures";

/** Opens every disclosure and folded chart, so the controls inside them are on screen. */
export async function openAll(page: Page) {
  await page.evaluate(() => {
    for (const details of document.querySelectorAll("details")) details.open = true;
  });
}

interface ControlReport {
  label: string;
  /** Disabled with no visible accessible description. */
  unexplained: boolean;
  /** The shown option's text is wider than the select's box. */
  clipped: boolean;
}

/** Every visible select, input, button and textarea: is it disabled without a reason, or clipped? */
export function inspectControls(page: Page): Promise<ControlReport[]> {
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
        // A customisable select (appearance: base-select) may wrap its text: cut only if it overflows its box.
        const wraps = style.appearance === "base-select" && style.whiteSpace !== "nowrap";
        clipped = wraps ? el.scrollWidth > el.clientWidth || el.scrollHeight > el.clientHeight : canvas.measureText(text).width > room;
      }
      const name = el.getAttribute("aria-label") ?? el.id ?? "";
      return {
        label: `${el.tagName.toLowerCase()}${name ? `#${name}` : ""} "${(el.textContent ?? (el as HTMLInputElement).value ?? "").trim().slice(0, 30)}"`,
        unexplained: disabled && reasons.length === 0,
        clipped,
      };
    });
  });
}

/** /data, /glossary and the subtype pages offer links and downloads but no form controls; every other page has some. */
const hasNoFormControls = (path: string) => path === "/data" || path === "/glossary" || path.startsWith("/subtypes/");

/** Opens every disclosure, then: controls found (where a page has them), none disabled without a reason, none cut off. */
export async function expectControlsExplained(page: Page, path: string) {
  await openAll(page);
  const reports = await inspectControls(page);
  if (!hasNoFormControls(path) && !EMBEDS.includes(path)) expect(reports.length, "controls found").toBeGreaterThan(0);
  expect(
    reports.filter((r) => r.unexplained).map((r) => r.label),
    "disabled without a visible reason",
  ).toEqual([]);
  expect(
    reports.filter((r) => r.clipped).map((r) => r.label),
    "select text cut off",
  ).toEqual([]);
}
