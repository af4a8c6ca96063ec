import type { ReactNode } from "react";
import { SiteFrame } from "@/components/layout/SiteFrame";
import { NAV_ITEMS } from "../navigation";

/** Every page of the site, in its chrome. Embeds and the presentation are in (bare), without it. */
export default function SiteLayout({ children }: { children: ReactNode }) {
  return <SiteFrame navItems={NAV_ITEMS}>{children}</SiteFrame>;
}
