import type { ReactNode } from "react";

/** A table that may be wider than the screen scrolls in its own box, named so keyboard users can focus it to scroll. */
export function ScrollRegion({ label, children }: { label: string; children: ReactNode }) {
  return (
    // biome-ignore lint/a11y/useSemanticElements lint/a11y/noNoninteractiveTabindex: a scrolling table is a named region keyboard users can focus to scroll (axe: scrollable-region-focusable)
    <div className="table-scroll" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
