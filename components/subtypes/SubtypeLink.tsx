import type { ReactNode } from "react";
import { type LinkMode, linkTarget } from "@/components/layout/link-mode";
import { isSubtypeId, SUBTYPES, type SubtypeCategoryId, subtypePath } from "@/lib/subtypes";

/** A subtype's label (or the given words) as a link to its page. "Unknown" has no page and stays text. */
export function SubtypeLink({ id, mode = "page", children }: { id: SubtypeCategoryId; mode?: LinkMode; children?: ReactNode }) {
  const label = children ?? SUBTYPES[id].label;
  if (!isSubtypeId(id)) return <>{label}</>;
  return (
    <a href={subtypePath(id)} {...linkTarget(mode)}>
      {label}
    </a>
  );
}
