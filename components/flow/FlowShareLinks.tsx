import { CiteThis } from "@/components/chart/CiteThis";
import { EmbedCode, ImageLinksView, PresentView } from "@/components/chart/ShareViews";
import { EMBEDDABLE_CHARTS } from "@/lib/embed";
import { DEFAULT_APPEARANCE } from "@/lib/embed-appearance";
import { deckEntryFromImagePath } from "@/lib/present/deck-url";
import { publicOrigin } from "@/lib/site-origin";
import { FLOW_ANCHOR } from "./anchors";

/**
 * FlowShareTools as server HTML, for a reader without JavaScript: the downloads, the link that
 * presents the case and its embed code, without the buttons and choices that need a script.
 */
export function FlowShareLinks({ imagePath, search, citations }: { imagePath: string; search: string; citations: readonly string[] }) {
  const title = EMBEDDABLE_CHARTS.testing.title;
  const entry = deckEntryFromImagePath(imagePath);
  return (
    <>
      <p className="flow-image-links">
        <ImageLinksView imagePath={imagePath} title={title} />
      </p>
      {entry && <PresentView entry={entry} title={title} />}
      <EmbedCode chart="testing" origin={publicOrigin()} search={search} appearance={DEFAULT_APPEARANCE} />
      <CiteThis title={title} anchor={FLOW_ANCHOR} citations={citations} />
    </>
  );
}
