"use client";
import { type ReactNode, useEffect, useRef, useState } from "react";
import { useWording } from "@/components/layout/WordingContext";

/** Whether the page as served holds this body's HTML: true only while a served page hydrates. */
function isServed(bodyId: string): boolean {
  return typeof document !== "undefined" && (document.getElementById(bodyId)?.hasChildNodes() ?? false);
}

const AS_SERVED = { __html: "" };

/**
 * A chart folded to its title and its one-sentence answer: a native <details>, so it opens by
 * keyboard and without JavaScript. The "details" wording opens it, and so does a link to its table
 * (`open`, only where it starts: opening one table later does not unfold every chart on the page),
 * or to the chart itself (the address's #fragment names its figure, now or after a hash change).
 *
 * A closed body is served as HTML (it reads without JavaScript, and find-in-page opens it) but not
 * hydrated: on a page of folded charts most of the work of hydration would go to bodies no one has
 * opened. The first opening draws the body with React, in place of the served HTML.
 */
export function ChartFold({ id, summary, open, children }: { id: string; summary: ReactNode; open: boolean; children: ReactNode }) {
  const bodyId = `${id}-fold-body`;
  const details = useWording() === "details";
  const [opened, setOpened] = useState(open);
  const shown = details || opened;
  // Once drawn, React keeps the body, state and all, when the fold closes again.
  const [drawn, setDrawn] = useState(() => shown || !isServed(bodyId));
  if (shown && !drawn) setDrawn(true);
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
    <details ref={fold} className="chart-fold" open={shown} onToggle={(event) => setOpened(event.currentTarget.open)} data-testid="chart-fold">
      <summary>{summary}</summary>
      {drawn ? (
        <div key="drawn" id={bodyId}>
          {children}
        </div>
      ) : (
        // biome-ignore lint/security/noDangerouslySetInnerHtml: an empty string, which React leaves unapplied while it hydrates: the served body stays
        <div key="served" id={bodyId} suppressHydrationWarning dangerouslySetInnerHTML={AS_SERVED} />
      )}
    </details>
  );
}
