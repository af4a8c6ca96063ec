"use client";
import { useEffect, useState, useSyncExternalStore } from "react";
import { useLocationHref } from "@/components/layout/useUrlSearch";
import { iframeSnippet, resizeScriptSnippet, type EmbeddableChart } from "@/lib/embed";
import { imageUrl } from "@/lib/export/image-url";
import { DATA_VERSION, SITE_NAME } from "@/lib/release";

/** Download links for the rows behind a view: the API's own query, as CSV and as JSON. */
export function DataLinks({ apiPath }: { apiPath: string }) {
  const separator = apiPath.includes("?") ? "&" : "?";
  return (
    <span>
      Data: <a href={`${apiPath}${separator}format=csv`} download>CSV</a> · <a href={apiPath} download={`${downloadName(apiPath)}.json`}>
        JSON
      </a>
    </span>
  );
}

/** "survival" from "/api/survival?…": the API names its CSV after the dataset, so the JSON file matches. */
function downloadName(apiPath: string): string {
  return apiPath.split("?")[0]?.split("/").pop() ?? "data";
}

/** Image downloads for slides (the same URLs work pasted into a deck) and a copy-to-clipboard button. */
export function ImageLinks({ imagePath, title }: { imagePath: string; title: string }) {
  const [status, setStatus] = useState("");
  const base = imagePath.split("?")[0];
  const url = (format: "svg" | "png", extra: string) => imageUrl(imagePath, format, extra);
  async function copyPng() {
    try {
      const blob = await (await fetch(url("png", "size=slide"))).blob();
      await navigator.clipboard.write([new ClipboardItem({ "image/png": blob })]);
      setStatus("Copied the image.");
    } catch {
      setStatus("Your browser did not allow copying; use the PNG link instead.");
    }
  }
  return (
    <span className="image-links">
      Image: <a href={url("svg", "size=slide")} download>SVG</a> · <a href={url("png", "size=slide")} download>PNG 16:9</a> ·{" "}
      <a href={url("png", "size=square")} download>PNG square</a> · <a href={url("png", "size=slide&theme=dark")} download>PNG dark</a>{" "}
      <button type="button" className="button secondary small" onClick={copyPng} aria-describedby={`${base}-copy-status`}>
        Copy image
      </button>
      <span id={`${base}-copy-status`} role="status" className="muted">
        {status}
      </span>
      <span className="sr-only"> ({title})</span>
    </span>
  );
}

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

/** "Embed": the iframe snippet (and the optional resize script) for this exact view. */
export function EmbedSnippet({ chart, search }: { chart: EmbeddableChart; search: string }) {
  const [origin, setOrigin] = useState("");
  useEffect(() => setOrigin(window.location.origin), []);
  const snippet = `${iframeSnippet(origin, chart, search)}\n${resizeScriptSnippet(origin)}`;
  const id = `embed-${chart}`;
  return (
    <details className="embed-snippet">
      <summary>Embed</summary>
      <label htmlFor={id}>Paste this into your page (the script is optional: it fits the frame to the chart):</label>
      <textarea id={id} readOnly rows={4} value={snippet} onFocus={(e) => e.currentTarget.select()} />
    </details>
  );
}
