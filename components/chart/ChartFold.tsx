"use client";
import { type ReactNode, useEffect, useRef, useState } from "react";
import { useWording } from "@/components/layout/WordingContext";

/**
 * A chart folded to its title and its one-sentence answer: a native <details>, so it opens by
 * keyboard and without JavaScript. The "details" wording opens it, and so does a link to its table
 * (`open`, only where it starts: opening one table later does not unfold every chart on the page),
 * or to the chart itself (the address's #fragment names its figure, now or after a hash change).
 */
export function ChartFold({ summary, open, children }: { summary: ReactNode; open: boolean; children: ReactNode }) {
  const details = useWording() === "details";
  const [opened, setOpened] = useState(open);
  const fold = useRef<HTMLDetailsElement>(null);
  useEffect(() => {
    const openIfTargeted = () => {
      const id = decodeURIComponent(window.location.hash.slice(1));
      const target = id ? document.getElementById(id) : null;
      if (target && fold.current && (target.contains(fold.current) || fold.current.contains(target))) setOpened(true);
    };
    openIfTargeted();
    window.addEventListener("hashchange", openIfTargeted);
    return () => window.removeEventListener("hashchange", openIfTargeted);
  }, []);
  return (
    // onToggle keeps the state the reader's own: a later link to this chart then opens it again.
    <details ref={fold} className="chart-fold" open={details || opened} onToggle={(event) => setOpened(event.currentTarget.open)} data-testid="chart-fold">
      <summary>{summary}</summary>
      {children}
    </details>
  );
}
