import type { Metadata } from "next";

/**
 * The oEmbed discovery link for a chart page in the state its URL shows (`search`, "" or "?…"), so a
 * consumer embeds the view that was shared; the endpoint resolves the path against its own origin.
 */
export function oembedAlternates(path: string, search = ""): Metadata["alternates"] {
  return { types: { "application/json+oembed": `/api/oembed?url=${encodeURIComponent(`${path}${search}`)}&format=json` } };
}
