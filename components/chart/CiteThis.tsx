"use client";
import { useSyncExternalStore } from "react";
import { useSiteOrigin } from "@/components/layout/SiteOrigin";
import { useLocationPath } from "@/components/layout/useUrlSearch";
import { DATA_VERSION, SITE_NAME } from "@/lib/release";
import { type CitationFormat, citationDataUrl, citationFileName, type ViewCitation } from "@/lib/view-citation";
import { CopyLink } from "./CopyLink";
import { CiteView } from "./ShareViews";

const subscribeToNothing = () => () => {};

/** Today's date, read in the browser: a static page's HTML was built on another day. */
function useAccessDate(): string {
  return useSyncExternalStore(
    subscribeToNothing,
    () => new Date().toISOString().slice(0, 10),
    () => "",
  );
}

const FORMATS: [CitationFormat, string][] = [
  ["bibtex", "BibTeX (.bib)"],
  ["ris", "RIS (.ris)"],
];

/**
 * "Cite this chart": title, data release, address and the date it was read, as text and as BibTeX and
 * RIS files, with a link to this exact view. The view and the date come from the browser after
 * hydration and follow each change of view; the address names the public origin. Without JavaScript
 * the text names neither, and the link to the chart (`anchor`, its id) is the page's own address.
 */
export function CiteThis({ title, citations, anchor }: { title: string; citations: readonly string[]; anchor: string }) {
  const origin = useSiteOrigin();
  const path = useLocationPath();
  const citation: ViewCitation = {
    site: SITE_NAME,
    title,
    // The chart's own section: on a page of several charts the address alone opens on the first.
    url: path && `${origin}${path}#${anchor}`,
    release: DATA_VERSION,
    accessed: useAccessDate(),
    sources: citations,
  };
  const href = citation.url || `#${anchor}`;
  return (
    <CiteView
      citation={citation}
      href={href}
      actions={
        <>
          <CopyLink href={href} />
          {citation.url && citation.accessed && (
            <span className="cite-files">
              Download the citation:{" "}
              {FORMATS.map(([format, label], i) => (
                <span key={format}>
                  {i > 0 && " · "}
                  <a href={citationDataUrl(citation, format)} download={citationFileName(citation, format)}>
                    {label}
                  </a>
                </span>
              ))}
            </span>
          )}
        </>
      }
    />
  );
}
