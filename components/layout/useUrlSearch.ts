"use client";
import { useEffect } from "react";

/** Mirrors a view's query string into the address bar (replace, not push: a filter is not a page). */
export function useUrlSearch(search: string): void {
  useEffect(() => {
    if (search !== window.location.search) window.history.replaceState(null, "", `${window.location.pathname}${search}${window.location.hash}`);
  }, [search]);
}
