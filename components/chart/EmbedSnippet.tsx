"use client";
import { useSiteOrigin } from "@/components/layout/SiteOrigin";
import { type EmbeddableChart, iframeSnippet, resizeScriptSnippet } from "@/lib/embed";

/** "Embed": the iframe snippet (and the optional resize script) for this exact view. */
export function EmbedSnippet({ chart, search }: { chart: EmbeddableChart; search: string }) {
  const origin = useSiteOrigin();
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
