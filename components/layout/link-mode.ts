/**
 * Where a link opens: in place on the site; from an embed, in a new tab, so the page that frames
 * the chart stays where it was instead of the iframe navigating away from it.
 */
export type LinkMode = "page" | "new-tab";

/** The attributes that open a link as its mode says: every embed link's, written once. */
export function linkTarget(mode: LinkMode): { target?: "_blank"; rel?: "noopener" } {
  return mode === "new-tab" ? { target: "_blank", rel: "noopener" } : {};
}
