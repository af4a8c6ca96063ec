/** A small tooltip placed over the chart; hidden from assistive tech, which hears the live region. */
export function ChartTooltip({ text, leftPct, top }: { text: string; leftPct: number; top: number }) {
  return (
    <div className="chart-tooltip" role="presentation" aria-hidden="true" data-testid="tooltip" style={{ left: `min(${leftPct}%, calc(100% - 16rem))`, top }}>
      {text}
    </div>
  );
}

export function LiveRegion({ text }: { text: string }) {
  return (
    <div className="sr-only" aria-live="polite" aria-atomic="true">
      {text}
    </div>
  );
}
