/** A small tooltip placed over the chart; hidden from assistive tech, which hears the focused mark's own name. */
export function ChartTooltip({ text, leftPct, top }: { text: string; leftPct: number; top: number }) {
  return (
    <div className="chart-tooltip" role="presentation" aria-hidden="true" data-testid="tooltip" style={{ left: `min(${leftPct}%, calc(100% - 16rem))`, top }}>
      {text}
    </div>
  );
}
