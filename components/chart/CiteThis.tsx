"use client";
import { useSyncExternalStore } from "react";
import { useLocationHref } from "@/components/layout/useUrlSearch";
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
 * "Cite this chart": title, data release, address and the date it was read. Address and date come
 * from the browser after hydration and follow each change of view, so they are never the server's.
 */
export function CiteThis({ title, citations }: { title: string; citations: readonly string[] }) {
  const address = useLocationHref();
  const accessed = useAccessDate();
  const text = [`${SITE_NAME}.`, `${title}.`, `Data release ${DATA_VERSION}.`, address && `${address}.`, accessed && `Accessed ${accessed}.`, `Data: ${citations.join(" ")}`].filter(Boolean).join(" ");
  return (
    <details className="cite-this">
      <summary>Cite this chart</summary>
      <p data-testid="cite-text">{text}</p>
    </details>
  );
}
