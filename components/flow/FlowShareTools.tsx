"use client";
import { AddToDeck } from "@/components/chart/AddToDeck";
import { CiteThis } from "@/components/chart/CiteThis";
import { EmbedSnippet } from "@/components/chart/EmbedSnippet";
import { ImageLinks } from "@/components/chart/ImageLinks";
import { EMBEDDABLE_CHARTS } from "@/lib/embed";
import { FLOW_ANCHOR } from "./anchors";
import { FlowImageSizes } from "./FlowImageSizes";

/**
 * The diagram's downloads, deck and embed code for a case, as every chart frame has them: TestingFlow
 * loads them when their section opens (FlowShareLinks is their HTML without JavaScript).
 */
export function FlowShareTools({ imagePath, search, citations }: { imagePath: string; search: string; citations: readonly string[] }) {
  const title = EMBEDDABLE_CHARTS.testing.title;
  return (
    <>
      <p className="flow-image-links">
        <ImageLinks imagePath={imagePath} title={title} />
      </p>
      <FlowImageSizes />
      <AddToDeck imagePath={imagePath} title={title} />
      <EmbedSnippet embed={{ chart: "testing", search }} />
      <CiteThis title={title} anchor={FLOW_ANCHOR} citations={citations} />
    </>
  );
}
