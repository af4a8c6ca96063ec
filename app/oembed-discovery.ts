import type { Metadata } from "next";

/** The oEmbed discovery link for a chart page; the endpoint resolves the path against its own origin. */
export function oembedAlternates(path: string): Metadata["alternates"] {
  return { types: { "application/json+oembed": `/api/oembed?url=${encodeURIComponent(path)}&format=json` } };
}
