"use client";
import { useEffect } from "react";

/**
 * Marks the document `data-hydrated` once React has hydrated it. Rendered by the root layout, it
 * commits with the whole page, so when its effect has run every handler on the page is live: the
 * signal that scripts driving the page (e2e tests, screenshots) wait for rather than guess from
 * network quiet. (Lazily loaded parts, such as presenter mode, hydrate later on their own.)
 */
export function HydrationMark() {
  useEffect(() => {
    document.documentElement.dataset.hydrated = "";
  }, []);
  return null;
}
