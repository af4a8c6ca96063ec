"use client";
import { useSyncExternalStore } from "react";
import { useSiteOrigin } from "@/components/layout/SiteOrigin";
import { useLocationPath } from "@/components/layout/useUrlSearch";
import { DATA_VERSION, SITE_NAME } from "@/lib/release";

const subscribeToNothing = () => () => {};

/** Today's date, read in the browser: a static page's HTML was built on another day. */
function useAccessDate(): string {
  return useSyncExternalStore(
    subscribeToNothing,
    () => new Date().toISOString().slice(0, 10),
    () => "",
  );
}

/**
 * "Cite this chart": title, data release, address and the date it was read. The view and the date come
 * from the browser after hydration and follow each change of view; the address names the public origin.
 */
export function CiteThis({ title, citations }: { title: string; citations: readonly string[] }) {
  const origin = useSiteOrigin();
  const path = useLocationPath();
  const address = path && `${origin}${path}`;
  const accessed = useAccessDate();
  const text = [
    `${SITE_NAME}.`,
    `${title}.`,
    `Data release ${DATA_VERSION}.`,
    address && `${address}.`,
    accessed && `Accessed ${accessed}.`,
    `Data: ${citations.join(" ")}`,
  ]
    .filter(Boolean)
    .join(" ");
  return (
    <details className="cite-this">
      <summary>Cite this chart</summary>
      <p data-testid="cite-text">{text}</p>
    </details>
  );
}
