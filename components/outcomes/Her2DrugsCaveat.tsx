import type { ReactNode } from "react";

/** What the model leaves out for a HER2-positive cancer (her2DrugsCaveat), beside the result on the page and in the embed. */
export function Her2DrugsCaveat({ children }: { children: ReactNode }) {
  return (
    <p className="chart-note" data-testid="her2-drugs-caveat">
      {children}
    </p>
  );
}
