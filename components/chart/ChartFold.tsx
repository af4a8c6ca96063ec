"use client";
import { type ReactNode, useState } from "react";
import { useWording } from "@/components/layout/WordingContext";

/**
 * A chart folded to its title and its one-sentence answer: a native <details>, so it opens by
 * keyboard and without JavaScript. The "details" wording opens it, and so does a link to its table
 * (`open`, only where it starts: opening one table later does not unfold every chart on the page).
 */
export function ChartFold({ summary, open, children }: { summary: ReactNode; open: boolean; children: ReactNode }) {
  const details = useWording() === "details";
  const [startsOpen] = useState(open);
  return (
    <details className="chart-fold" open={details || startsOpen} data-testid="chart-fold">
      <summary>{summary}</summary>
      {children}
    </details>
  );
}
