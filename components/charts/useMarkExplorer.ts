"use client";
import { useCallback, useRef, useState, type KeyboardEvent } from "react";

/**
 * Keyboard and pointer exploration shared by every chart: one Tab stop per chart (roving tabindex),
 * arrows/Home/End move between marks, Esc dismisses the tooltip, and the active mark's description
 * is announced through a polite live region.
 */
export function useMarkExplorer(descriptions: readonly string[]) {
  const [active, setActive] = useState<number | null>(null);
  const [tooltipOpen, setTooltipOpen] = useState(false);
  const [announcement, setAnnouncement] = useState("");
  const marks = useRef<(SVGGElement | HTMLElement | null)[]>([]);
  const count = descriptions.length;
  const tabStop = active ?? 0;

  const activate = useCallback(
    (index: number, focus: boolean) => {
      setActive(index);
      setTooltipOpen(true);
      setAnnouncement(descriptions[index] ?? "");
      if (focus) marks.current[index]?.focus();
    },
    [descriptions],
  );

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
      if (event.key === "Escape") {
        setTooltipOpen(false);
        return;
      }
      const target = moves[event.key];
      if (target === undefined) return;
      event.preventDefault();
      activate(target, true);
    },
    [active, activate, count],
  );

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

  return { active, tooltipOpen: tooltipOpen && active !== null, announcement, markProps };
}
