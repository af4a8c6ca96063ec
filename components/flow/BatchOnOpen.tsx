"use client";
import { lazy, Suspense, useEffect, useRef, useState } from "react";

// Most readers never open the batch tool: its form and CSV code load on the first opening, not with the page.
const BatchClassifier = lazy(() => import("./BatchClassifier").then((module) => ({ default: module.BatchClassifier })));

/** Renders the batch form once the <details> around it has been opened (or at once if it already is). */
export function BatchOnOpen() {
  const anchor = useRef<HTMLDivElement>(null);
  const [opened, setOpened] = useState(false);
  useEffect(() => {
    const details = anchor.current?.closest("details");
    if (!details || details.open) {
      setOpened(true);
      return;
    }
    const onToggle = () => details.open && setOpened(true);
    details.addEventListener("toggle", onToggle);
    return () => details.removeEventListener("toggle", onToggle);
  }, []);
  return (
    <div ref={anchor}>
      {opened && (
        <Suspense fallback={<p className="muted">Loading the batch tool…</p>}>
          <BatchClassifier />
        </Suspense>
      )}
    </div>
  );
}
