"use client";
import { type FocusEvent, type KeyboardEvent, type MouseEvent, type ReactNode, useEffect, useRef, useState } from "react";
import { ChartTooltip } from "./ChartTooltip";
import { rovingTarget } from "./roving-focus";

const MARK = "[data-mark-index]";

interface Active {
  text: string;
  leftPct: number;
  top: number;
  /** The mark's top edge in the chart's box, px. */
  markTop: number;
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
  const activeMark = useRef<SVGGElement | null>(null);

  const marks = () => Array.from(box.current?.querySelectorAll<SVGGElement>(MARK) ?? []);
  const show = (mark: Element | null) => {
    if (!(mark instanceof SVGGElement)) return;
    for (const other of marks()) other.classList.toggle("is-active", other === mark);
    activeMark.current = mark;
    setActive({
      text: mark.getAttribute("aria-label") ?? "",
      leftPct: Number(mark.dataset.tipLeft),
      top: Number(mark.dataset.tipTop),
      markTop: mark.getBoundingClientRect().top - (box.current?.getBoundingClientRect().top ?? 0),
    });
    setOpen(true);
  };
  const markOf = (event: { target: EventTarget }) => (event.target instanceof Element ? event.target.closest(MARK) : null);

  const onKeyDown = (event: KeyboardEvent) => {
    const mark = markOf(event);
    if (!(mark instanceof SVGGElement)) return;
    const all = marks();
    const target = rovingTarget(event.key, Number(mark.dataset.markIndex), all.length);
    if (target === null) return;
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

  // A chart redrawn for another view can take the hovered mark away while the pointer stays still, and
  // then no mouseout comes: the tooltip goes with the mark it describes (gone, or now another datum).
  useEffect(() => {
    const mark = activeMark.current;
    if (visible && (!mark?.isConnected || mark.getAttribute("aria-label") !== active.text)) setOpen(false);
  });

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
      {visible && <ChartTooltip text={active.text} leftPct={Math.min(active.leftPct, 60)} top={active.top} markTop={active.markTop} />}
    </div>
  );
}
