import { CiteView, EmbedCode, ImageLinksView, PresentView } from "@/components/chart/ShareViews";
import { EMBEDDABLE_CHARTS } from "@/lib/embed";
import { DEFAULT_APPEARANCE } from "@/lib/embed-appearance";
import { deckEntryFromImagePath } from "@/lib/present/deck-url";
import { DATA_VERSION, SITE_NAME } from "@/lib/release";
import { publicOrigin } from "@/lib/site-origin";
import { FLOW_ANCHOR } from "./anchors";
import { FlowImageSizes } from "./FlowImageSizes";

/**
 * FlowShareTools as server HTML, for a reader without JavaScript: the downloads, the link that
 * presents the case, its embed code and its citation, without the buttons and choices that need a
 * script (nor their client code, which would load with the page).
 */
export function FlowShareLinks({ imagePath, search, citations }: { imagePath: string; search: string; citations: readonly string[] }) {
  const title = EMBEDDABLE_CHARTS.testing.title;
  const entry = deckEntryFromImagePath(imagePath);
  const origin = publicOrigin();
  return (
    <>
      <p className="flow-image-links">
        <ImageLinksView imagePath={imagePath} title={title} />
      </p>
      <FlowImageSizes />
      {entry && <PresentView entry={entry} title={title} />}
      <EmbedCode embed={{ chart: "testing", search }} origin={origin} appearance={DEFAULT_APPEARANCE} />
      <CiteView
        citation={{ site: SITE_NAME, title, url: `${origin}/testing${search}`, release: DATA_VERSION, accessed: "", sources: citations }}
        href={`#${FLOW_ANCHOR}`}
      />
    </>
  );
}
