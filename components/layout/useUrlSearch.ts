"use client";
import { useEffect, useSyncExternalStore } from "react";

/** Fired after useUrlSearch rewrites the address: history.replaceState itself fires no event. */
const URL_CHANGE_EVENT = "her2-atlas:urlchange";

/** Mirrors a view's query string into the address bar (replace, not push: a filter is not a page). */
export function useUrlSearch(search: string): void {
  useEffect(() => {
    if (search === window.location.search) return;
    window.history.replaceState(null, "", `${window.location.pathname}${search}${window.location.hash}`);
    announceUrlChange();
  }, [search]);
}

/** Tells useLocationPath the address changed: neither history.replaceState nor Next's router fires an event. */
export function announceUrlChange(): void {
  window.dispatchEvent(new Event(URL_CHANGE_EVENT));
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener(URL_CHANGE_EVENT, onChange);
  window.addEventListener("popstate", onChange);
  return () => {
    window.removeEventListener(URL_CHANGE_EVENT, onChange);
    window.removeEventListener("popstate", onChange);
  };
}

/** The current path and query, kept up to date as the view changes; "" in the server HTML, which cannot know it. */
export function useLocationPath(): string {
  return useSyncExternalStore(
    subscribe,
    () => `${window.location.pathname}${window.location.search}`,
    () => "",
  );
}
