"use client";
import { useEffect } from "react";

/**
 * Marks the document `data-hydrated` once React has hydrated it. Effects run children first, so
 * from the root layout this fires after every page component is live: the one signal that the
 * page answers clicks and keys, which scripts that drive the page (e2e tests, the bench) wait for
 * rather than guess from network quiet.
 */
export function HydrationMark() {
  useEffect(() => {
    document.documentElement.dataset.hydrated = "";
  }, []);
  return null;
}
