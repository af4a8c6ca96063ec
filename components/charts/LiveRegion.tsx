/**
 * A polite announcement of what a selection did (not of focus, which the focused element's name
 * already announces): it speaks when its text changes, once, and stays silent while it does not.
 */
export function LiveRegion({ text, testId }: { text: string; testId?: string }) {
  return (
    <div className="sr-only" aria-live="polite" aria-atomic="true" data-testid={testId}>
      {text}
    </div>
  );
}
