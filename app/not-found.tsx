import { NotFoundMessage } from "@/components/layout/NotFoundMessage";
import { SiteFrame } from "@/components/layout/SiteFrame";

/** An address nothing answers, or a site page that does not exist (an unknown subtype): in the site's chrome. */
export default function NotFound() {
  return (
    <SiteFrame>
      <NotFoundMessage />
    </SiteFrame>
  );
}
