import type { ReactNode } from "react";
import { isSubtypeId, SUBTYPES, type SubtypeCategoryId, subtypePath } from "@/lib/subtypes";

/**
 * How a subtype's label links to its page: in place on the site; from an embed, in a new tab, so the
 * page that frames the chart stays where it was (as the embed's own "Explore" link does).
 */
export type SubtypeLinkMode = "page" | "new-tab";

/** A subtype's label (or the given words) as a link to its page. "Unknown" has no page and stays text. */
export function SubtypeLink({ id, mode = "page", children }: { id: SubtypeCategoryId; mode?: SubtypeLinkMode; children?: ReactNode }) {
  const label = children ?? SUBTYPES[id].label;
  if (!isSubtypeId(id)) return <>{label}</>;
  return (
    <a href={subtypePath(id)} {...(mode === "new-tab" ? { target: "_blank", rel: "noopener" } : {})}>
      {label}
    </a>
  );
}
