import type { Metadata } from "next";
import { NotFoundMessage } from "@/components/layout/NotFoundMessage";
import { SiteFrame } from "@/components/layout/SiteFrame";

// A tab or a history entry says what happened, not only the site's name.
export const metadata: Metadata = { title: "Page not found" };

/** An address nothing answers, or a site page that does not exist (an unknown subtype): in the site's chrome. */
export default function NotFound() {
  return (
    <SiteFrame>
      <NotFoundMessage />
    </SiteFrame>
  );
}
