"use client";
import { useEffect } from "react";

/**
 * Opens the folded topic that holds the entry the address points at (/glossary#her2-low), on arrival and
 * on each in-page link. Chromium reveals a closed <details> for a fragment itself; other browsers may not.
 */
export function RevealTarget() {
  useEffect(() => {
    const reveal = () => {
      const target = location.hash.length > 1 ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
      const folded = target?.closest("details:not([open])");
      if (!(target && folded instanceof HTMLDetailsElement)) return;
      folded.open = true;
      target.scrollIntoView();
    };
    reveal();
    window.addEventListener("hashchange", reveal);
    return () => window.removeEventListener("hashchange", reveal);
  }, []);
  return null;
}
