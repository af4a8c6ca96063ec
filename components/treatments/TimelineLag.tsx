/** Under the timeline, on the page and in its embed: the survival figures predate most of the drugs (her2-data.md §6 caveat 3). */
export function TimelineLag() {
  return (
    <p className="callout timeline-lag" data-testid="lag-sentence">
      Survival figures describe the past: the people behind them were diagnosed in the shaded years, before many of these drugs were approved, so the figures do
      not show what today’s treatments achieve.
    </p>
  );
}
