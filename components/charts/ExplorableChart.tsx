"use client";
import { type FocusEvent, type KeyboardEvent, type MouseEvent, type ReactNode, useEffect, useRef, useState } from "react";
import { ChartTooltip } from "./ChartTooltip";

const MARK = "[data-mark-index]";

interface Active {
  index: number;
  text: string;
  leftPct: number;
  top: number;
}

/**
 * Keyboard and pointer exploration for a server-drawn chart (`SceneSvg`): one Tab stop per chart
 * (roving tabindex), arrows/Home/End move between marks, Esc dismisses the tooltip. It listens on
 * the chart's box rather than on each mark, so the marks stay server-rendered and only this ships.
 * What focus lands on is announced once, by the mark's own accessible name; a hover announces
 * nothing and shows the tooltip.
 */
export function ExplorableChart({ children, className = "chart", testId }: { children: ReactNode; className?: string; testId?: string }) {
  const box = useRef<HTMLDivElement>(null);
  const [active, setActive] = useState<Active | null>(null);
  const [open, setOpen] = useState(false);

  const marks = () => Array.from(box.current?.querySelectorAll<SVGGElement>(MARK) ?? []);
  const show = (mark: Element | null) => {
    if (!(mark instanceof SVGGElement)) return;
    for (const other of marks()) other.classList.toggle("is-active", other === mark);
    setActive({
      index: Number(mark.dataset.markIndex),
      text: mark.getAttribute("aria-label") ?? "",
      leftPct: Number(mark.dataset.tipLeft),
      top: Number(mark.dataset.tipTop),
    });
    setOpen(true);
  };
  const markOf = (event: { target: EventTarget }) => (event.target instanceof Element ? event.target.closest(MARK) : null);

  const onKeyDown = (event: KeyboardEvent) => {
    const all = marks();
    const from = Number((markOf(event) as SVGGElement | null)?.dataset.markIndex ?? 0);
    const last = all.length - 1;
    const moves: Record<string, number> = {
      ArrowRight: Math.min(last, from + 1),
      ArrowDown: Math.min(last, from + 1),
      ArrowLeft: Math.max(0, from - 1),
      ArrowUp: Math.max(0, from - 1),
      Home: 0,
      End: last,
    };
    const target = moves[event.key];
    if (target === undefined || !markOf(event)) return;
    event.preventDefault();
    all.forEach((mark, index) => {
      mark.tabIndex = index === target ? 0 : -1;
    });
    all[target]?.focus();
  };

  // On document, not on the mark: a tooltip opened by hovering has no focused mark to hear Esc (WCAG 1.4.13).
  const visible = open && active !== null;
  useEffect(() => {
    if (!visible) return;
    const dismiss = (event: globalThis.KeyboardEvent) => {
      if (event.key === "Escape") setOpen(false);
    };
    document.addEventListener("keydown", dismiss);
    return () => document.removeEventListener("keydown", dismiss);
  }, [visible]);

  const hide = () => setOpen(false);
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: the marks inside are the focusable elements; this box only hears their events
    <div
      ref={box}
      className={className}
      data-testid={testId}
      onFocus={(event: FocusEvent) => show(markOf(event))}
      onBlur={hide}
      onMouseOver={(event: MouseEvent) => show(markOf(event))}
      onMouseOut={hide}
      onKeyDown={onKeyDown}
    >
      {children}
      {visible && <ChartTooltip text={active.text} leftPct={Math.min(active.leftPct, 60)} top={active.top} />}
    </div>
  );
}
