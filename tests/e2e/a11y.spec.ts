// The accessibility gate, as one audit per page and embed at each width with JavaScript, and one at
// phone width without it: each is loaded once and read in light and in dark (see inEachScheme) — zero
// axe violations, no horizontal scrolling, a clean console, reflow at 320 px, no control disabled
// without a reason or cut off — and a keyboard-only walk where focus is always visible.
import { EMBEDS, PAGES, SAME_TEMPLATE_AS_EARLIER } from "../../scripts/pages.mjs";
import { expectControlsExplained } from "./controls";
import { auditEachScheme, expect, horizontalOverflow, test } from "./fixtures";

const WIDTHS = [375, 1280] as const;

/** A template's other pages: one audit each, at the width where most goes wrong (the phone's). */
const repeatsTemplate = (path: string) => SAME_TEMPLATE_AS_EARLIER.includes(path);

for (const path of [...PAGES, ...EMBEDS]) {
  for (const width of repeatsTemplate(path) ? [375] : WIDTHS) {
    // The narrowest reflow width rides on the phone load: layout follows the viewport through CSS
    // alone (no script measures it), so narrowing the loaded page shows what a 320 px load shows.
    const reflow = width === 375 ? ", reflows at 320px" : "";
    test(`${path} at ${width}px with JavaScript: no axe violations in light or dark, no horizontal scroll${reflow}, every control explained and uncut, clean console`, async ({
      page,
      consoleErrors,
    }) => {
      // Two full axe passes over a page as long as /prevalence: slow on a busy 2-core machine, not a hang.
      test.slow();
      await page.emulateMedia({ reducedMotion: "reduce" });
      await page.setViewportSize({ width, height: 900 });
      await page.goto(path);
      await auditEachScheme(page);
      if (reflow) {
        await page.setViewportSize({ width: 320, height: 800 });
        expect(await horizontalOverflow(page), "horizontal overflow at 320px").toBeLessThanOrEqual(0);
        await page.setViewportSize({ width, height: 900 });
      }
      await expectControlsExplained(page, path);
      expect(consoleErrors).toEqual([]);
    });

    // The server's HTML alone, as a reader without JavaScript (or before hydration) gets it. Axe needs
    // script in the page, so the page's own scripts are removed and <noscript> unwrapped instead of
    // switching JavaScript off: exactly what a reader without JavaScript is given (no style here
    // depends on scripting), with room for axe. Read at phone width only: it is the same HTML and the
    // same rules at 1280 px, whose layout the audit with JavaScript reads, and the phone is where a
    // page without script is most often met and most likely to overflow.
    if (repeatsTemplate(path) || width !== 375) continue;
    test(`${path} at ${width}px without JavaScript: content, charts, no axe violations in light or dark, no horizontal scroll`, async ({ page }) => {
      test.slow();
      await page.route(
        (url) => url.pathname === path,
        async (route) => {
          const response = await route.fetch();
          const html = (await response.text()).replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, "").replace(/<\/?noscript>/gi, "");
          await route.fulfill({ response, body: html });
        },
      );
      await page.emulateMedia({ reducedMotion: "reduce" });
      await page.setViewportSize({ width, height: 900 });
      await page.goto(path);
      expect(await page.locator("script").count(), "scripts left in the page").toBe(0);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      // Every page but the two made of text alone (/data, /glossary) draws a chart; /outcomes does once a patient is described.
      if (path !== "/data" && path !== "/glossary" && path !== "/outcomes")
        expect(await page.locator("svg:visible").count(), "charts drawn in the HTML").toBeGreaterThan(0);
      await auditEachScheme(page);
    });
  }
}

/** The longest walk any page needs (its charts' marks included), so a loop cannot run forever. */
const MAX_TAB_STOPS = 400;

interface FocusStop {
  /** The element's identity for this walk (a data attribute set on first focus). */
  id: string;
  label: string;
  visible: boolean;
  /** Its outline / box-shadow now, and before anything was focused (null if it did not exist then). */
  focused: string;
  unfocused: string | null;
  svg: boolean;
  activation: "Space" | "Enter" | null;
}

for (const path of [...PAGES, ...EMBEDS].filter((path) => !repeatsTemplate(path))) {
  test(`${path}: keyboard-only walk, focus always visible and never stuck; a control works from the keyboard`, async ({ page }) => {
    await page.goto(path);
    // Each focusable element's look before any focus: the indicator is what changes on focus.
    await page.evaluate(() => {
      // HTML shows focus with an outline or shadow; a chart mark (SVG) with a ring or underline drawn by its parts.
      const ring = (el: Element) => {
        const style = getComputedStyle(el);
        const own = `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor} | ${style.boxShadow}`;
        if (!(el instanceof SVGElement)) return own;
        const parts = [...el.querySelectorAll("*")].map((part) => {
          const partStyle = getComputedStyle(part);
          return `${partStyle.stroke} ${partStyle.strokeWidth} ${partStyle.textDecorationLine}`;
        });
        return `${own} | ${parts.join("; ")}`;
      };
      const unfocused = new Map<Element, string>();
      for (const el of document.querySelectorAll("a[href], button, input, select, textarea, summary, [tabindex]")) unfocused.set(el, ring(el));
      Object.assign(window, { __ring: ring, __unfocused: unfocused, __walkIds: 0 });
    });

    const stops: FocusStop[] = [];
    let ending: "end" | "cycle" | null = null;
    for (let i = 0; i < MAX_TAB_STOPS && !ending; i++) {
      await page.keyboard.press("Tab");
      const stop = await page.evaluate((): FocusStop | null => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return null;
        const w = window as unknown as { __ring: (el: Element) => string; __unfocused: Map<Element, string>; __walkIds: number };
        el.dataset.walkId ??= String(w.__walkIds++);
        const box = el.getBoundingClientRect();
        const style = getComputedStyle(el);
        const tag = el.tagName.toLowerCase();
        const type = el.getAttribute("type");
        const role = el.getAttribute("role");
        const disabled = el.matches(":disabled") || el.getAttribute("aria-disabled") === "true";
        // A radio group is worked with the arrow keys (Space on the checked one does nothing).
        const pressable =
          !disabled && (tag === "button" || role === "button" || role === "tab" || role === "switch" || (tag === "input" && type === "checkbox"));
        // Only links within the site: one elsewhere would leave for a network this test does not have.
        const siteLink = el instanceof HTMLAnchorElement && el.origin === location.origin;
        return {
          id: el.dataset.walkId,
          label: `${tag}${el.id ? `#${el.id}` : ""} "${(el.getAttribute("aria-label") ?? el.textContent ?? "").trim().slice(0, 40)}"`,
          visible: box.width > 0 && box.height > 0 && style.visibility !== "hidden",
          focused: w.__ring(el),
          unfocused: w.__unfocused.get(el) ?? null,
          svg: el instanceof SVGElement,
          activation: pressable ? "Space" : siteLink || tag === "summary" ? "Enter" : null,
        };
      });
      if (!stop) {
        ending = "end"; // walked off the end of the page
        break;
      }
      if (stop.id === stops[0]?.id) {
        ending = "cycle";
        break;
      }
      // Never stuck: every Tab reaches an element not yet visited, so nothing holds focus.
      expect(
        stops.map((s) => s.id),
        `Tab ${i + 1} returned to ${stop.label}: focus is trapped`,
      ).not.toContain(stop.id);
      expect(stop.visible, `focused element is visible: ${stop.label}`).toBe(true);
      if (!stop.svg) expect(stop.focused, `${stop.label} shows an outline or shadow`).not.toMatch(/^none .* \| none$/);
      if (stop.svg) expect(stop.unfocused, `${stop.label} was there before the walk`).not.toBeNull();
      if (stop.unfocused !== null) expect(stop.focused, `${stop.label} looks different when focused`).not.toBe(stop.unfocused);
      stops.push(stop);
    }
    expect(ending, `the walk ends or cycles within ${MAX_TAB_STOPS} stops`).not.toBeNull();
    expect(stops.length).toBeGreaterThan(path.startsWith("/embed/") ? 0 : 3);
    if (!path.startsWith("/embed/") && path !== "/present") expect(stops[0]!.label).toContain("Skip to content");

    // Activate the first button-like control the walk reached (else a link within the site), from
    // the keyboard, and see the page respond: its content or address changes, or a tab opens.
    const control = stops.find((stop) => stop.activation === "Space") ?? stops.find((stop) => stop.activation !== null);
    expect(control, "a control reachable by Tab").toBeDefined();
    await page.locator(`[data-walk-id="${control!.id}"]`).focus();
    // The address, the open tabs and a fingerprint of the page's content.
    const state = async () =>
      `${page.context().pages().length} ${await page.evaluate(() => {
        let hash = 0;
        for (const char of document.body.innerHTML) hash = (Math.imul(hash, 31) + char.charCodeAt(0)) | 0;
        return `${location.href} ${hash}`;
      })}`;
    // Let anything focusing itself set off (a tooltip) settle first, so only the key press can change the page.
    let before = await state();
    for (let settled = false, tries = 0; !settled && tries < 20; tries++) {
      await page.waitForTimeout(150);
      const now = await state();
      settled = now === before;
      before = now;
    }
    await page.keyboard.press(control!.activation!);
    await expect.poll(state, { message: `${control!.label} responds to ${control!.activation}` }).not.toBe(before);
  });
}
