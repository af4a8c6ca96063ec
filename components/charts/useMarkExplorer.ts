"use client";
import { type KeyboardEvent, useCallback, useEffect, useRef, useState } from "react";

/**
 * Keyboard and pointer exploration shared by every chart: one Tab stop per chart (roving tabindex),
 * arrows/Home/End move between marks, Esc dismisses the tooltip. What focus lands on is announced
 * once, by the mark's own accessible name (its description): no live region repeats it, and a mouse
 * hover, which moves no focus, shows the tooltip and announces nothing.
 */
export function useMarkExplorer(descriptions: readonly string[]) {
  const [active, setActive] = useState<number | null>(null);
  const [tooltipOpen, setTooltipOpen] = useState(false);
  const marks = useRef<(SVGGElement | HTMLElement | null)[]>([]);
  const count = descriptions.length;
  const tabStop = active ?? 0;

  const activate = useCallback((index: number, focus: boolean) => {
    setActive(index);
    setTooltipOpen(true);
    if (focus) marks.current[index]?.focus();
  }, []);

  const onKeyDown = useCallback(
    (event: KeyboardEvent) => {
      const from = active ?? 0;
      const moves: Record<string, number> = {
        ArrowRight: Math.min(count - 1, from + 1),
        ArrowDown: Math.min(count - 1, from + 1),
        ArrowLeft: Math.max(0, from - 1),
        ArrowUp: Math.max(0, from - 1),
        Home: 0,
        End: count - 1,
      };
      const target = moves[event.key];
      if (target === undefined) return;
      event.preventDefault();
      activate(target, true);
    },
    [active, activate, count],
  );

  // On document, not on the mark: a tooltip opened by hovering has no focused mark to hear Esc (WCAG 1.4.13).
  const visible = tooltipOpen && active !== null;
  useEffect(() => {
    if (!visible) return;
    const dismiss = (event: globalThis.KeyboardEvent) => {
      if (event.key === "Escape") setTooltipOpen(false);
    };
    document.addEventListener("keydown", dismiss);
    return () => document.removeEventListener("keydown", dismiss);
  }, [visible]);

  const markProps = (index: number) => ({
    ref: (element: SVGGElement | null) => {
      marks.current[index] = element;
    },
    tabIndex: index === tabStop ? 0 : -1,
    onFocus: () => activate(index, false),
    onBlur: () => setTooltipOpen(false),
    onMouseEnter: () => activate(index, false),
    onMouseLeave: () => setTooltipOpen(false),
    onKeyDown,
    "aria-label": descriptions[index],
  });

  return { active, tooltipOpen: visible, markProps };
}
