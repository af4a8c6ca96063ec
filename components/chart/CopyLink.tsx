"use client";
import { useState } from "react";
import { useHydrated } from "@/components/layout/useHydrated";

/**
 * A link to this exact view and, once the page runs, a button that copies it, saying in a status
 * line whether it did. The link alone is the way without JavaScript (or where copying is refused):
 * its address is the view's, and its menu copies it.
 */
export function CopyLink({ href }: { href: string }) {
  const hydrated = useHydrated();
  // What was copied (or refused): the message belongs to that address, and goes once the view changes.
  const [result, setResult] = useState<{ href: string; copied: boolean } | null>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(href);
      setResult({ href, copied: true });
    } catch {
      setResult({ href, copied: false });
    }
  };
  const message = result?.href !== href ? "" : result.copied ? "Link copied." : "Could not copy here: copy the link beside the button instead.";
  return (
    <span className="copy-link">
      <a href={href}>Link to this view</a>
      {hydrated && (
        <button type="button" className="button secondary small" onClick={copy}>
          Copy link
        </button>
      )}
      <span role="status" className="copy-status">
        {message}
      </span>
    </span>
  );
}
