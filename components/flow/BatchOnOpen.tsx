"use client";
import { lazy } from "react";
import { WhenOpened } from "@/components/layout/WhenOpened";

// Most readers never open the batch tool: its form and CSV code load on the first opening, not with the page.
const BatchClassifier = lazy(() => import("./BatchClassifier").then((module) => ({ default: module.BatchClassifier })));

/** The batch form, once the <details> around it has been opened. */
export function BatchOnOpen() {
  return (
    <WhenOpened fallback={<p className="muted">Loading the batch tool…</p>}>
      <BatchClassifier />
    </WhenOpened>
  );
}
