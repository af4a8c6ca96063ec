import type { ReactNode } from "react";
import { SiteFrame } from "@/components/layout/SiteFrame";

/** Every page of the site, in its chrome. Embeds and the presentation are in (bare), without it. */
export default function SiteLayout({ children }: { children: ReactNode }) {
  return <SiteFrame>{children}</SiteFrame>;
}
