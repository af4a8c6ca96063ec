import { NotFoundMessage } from "@/components/layout/NotFoundMessage";
import { SiteFrame } from "@/components/layout/SiteFrame";
import { NAV_ITEMS } from "./navigation";

/** An address nothing answers, or a site page that does not exist (an unknown subtype): in the site's chrome. */
export default function NotFound() {
  return (
    <SiteFrame navItems={NAV_ITEMS}>
      <NotFoundMessage />
    </SiteFrame>
  );
}
