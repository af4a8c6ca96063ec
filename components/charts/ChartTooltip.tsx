import { useLayoutEffect, useRef, useState } from "react";

/** Space between the tooltip and the mark it opens above. */
const GAP = 6;

interface ChartTooltipProps {
  text: string;
  leftPct: number;
  /** Where it opens, below the mark: px from the chart box's top. */
  top: number;
  /** The mark's own top edge, px from the chart box's top: where it opens above instead. */
  markTop: number;
}

/**
 * A small tooltip placed over the chart; hidden from assistive tech, which hears the focused mark's own name.
 * It opens below its mark unless that would run past the bottom of the screen (a mark focused at a
 * phone screen's lower edge); then above it, where there is room.
 */
export function ChartTooltip({ text, leftPct, top, markTop }: ChartTooltipProps) {
  const tip = useRef<HTMLDivElement>(null);
  const [placedTop, setPlacedTop] = useState(top);
  // biome-ignore lint/correctness/useExhaustiveDependencies: another text is another height, read from the element
  useLayoutEffect(() => {
    const element = tip.current;
    const boxTop = element?.offsetParent?.getBoundingClientRect().top;
    if (!element || boxTop === undefined) return;
    const height = element.offsetHeight;
    const above = markTop - height - GAP;
    const fitsBelow = boxTop + top + height <= window.innerHeight;
    // A mark taller than the screen (a timeline's band) has room on neither side: then over it, at the screen's lower edge.
    setPlacedTop(fitsBelow ? top : boxTop + above >= 0 ? above : window.innerHeight - boxTop - height - GAP);
  }, [text, top, markTop]);
  return (
    <div
      ref={tip}
      className="chart-tooltip"
      role="presentation"
      aria-hidden="true"
      data-testid="tooltip"
      style={{ left: `min(${leftPct}%, calc(100% - 16rem))`, top: placedTop }}
    >
      {text}
    </div>
  );
}
