"use client";

/** Shown when refreshing a chart's data failed: the figures on screen are still the published ones. */
export function DataStatus({ error, onRetry, retrying }: { error: Error | null; onRetry: () => void; retrying: boolean }) {
  if (!error) return null;
  return (
    <div className="notice" role="alert" data-testid="data-error">
      <p>
        Could not refresh these figures: {error.message} The numbers shown are the published ones loaded with the page.
      </p>
      <button type="button" className="button" onClick={onRetry} disabled={retrying}>
        {retrying ? "Retrying…" : "Retry"}
      </button>
    </div>
  );
}
