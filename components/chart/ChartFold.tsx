"use client";
import type { ReactNode } from "react";
import { useWording } from "@/components/layout/WordingContext";

/**
 * A chart folded to its title and its one-sentence answer: a native <details>, so it opens by
 * keyboard and without JavaScript. The "details" wording opens it, and so does a link to its table.
 */
export function ChartFold({ summary, open, children }: { summary: ReactNode; open: boolean; children: ReactNode }) {
  const details = useWording() === "details";
  return (
    <details className="chart-fold" open={details || open} data-testid="chart-fold">
      <summary>{summary}</summary>
      {children}
    </details>
  );
}
