"use client";
import { her2ShareOfKnown } from "@/lib/charts/prevalence";
import { prevalenceImagePath } from "@/lib/charts/prevalence-state";
import { shareView } from "@/lib/charts/prevalence-views";
import type { Wording } from "@/lib/charts/wording";
import type { PrevalenceRow, Source } from "@/lib/datasets/schemas";
import { formatFigure } from "@/lib/format";
import { SUBTYPES } from "@/lib/subtypes";
import { PrevalenceBarFrame } from "./PrevalenceBarFrame";

/** Share of all new cases by subtype, unknown included, with why it is lower than the often quoted range. */
export function ShareOfCases({ rows, sources, wording, tableOpen }: { rows: readonly PrevalenceRow[]; sources: readonly Source[]; wording: Wording; tableOpen: boolean }) {
  const view = shareView(rows, { wording });
  const shares = view.viewRows;
  const unknown = shares.find((row) => row.subtype === "unknown");
  const ofKnown = her2ShareOfKnown(shares);
  const percent = (value: number) => formatFigure({ value, unit: "percent" });

  return (
    <PrevalenceBarFrame
      id="share"
      view={view}
      labelHeaders={["Subtype"]}
      labelsFor={(row) => [row.subtype ? SUBTYPES[row.subtype].label : ""]}
      valueHeader="Share of all new cases"
      sources={sources}
      apiQuery="measure=percent-of-cases&by=subtype"
      imagePath={prevalenceImagePath("share-of-cases", { wording })}
      // /embed/prevalence is this chart; wording is the one setting it takes.
      embed={{ chart: "prevalence", search: wording === "plain" ? "" : `?wording=${wording}` }}
      tableOpen={tableOpen}
    >
      <aside className="callout" aria-labelledby="share-why-heading" data-testid="share-explainer">
        <h3 id="share-why-heading">Why not “15–20%”?</h3>
        <p>
          HER2-positive breast cancer is often said to be “15–20%” or “about 20%” of breast cancers. That range comes from pathology and
          clinical studies of how often tumours overexpress or amplify HER2. Registry data count everyone diagnosed, including the{" "}
          {unknown ? formatFigure(unknown) : "cases"} whose HR or HER2 status was never recorded, so the HER2-positive share of{" "}
          <em>all</em> cases is lower.
        </p>
        {ofKnown && (
          <p data-testid="share-of-known">
            Among cases whose subtype is known, it is <strong>{percent(ofKnown.value)}</strong>{" "}
            <span className="derived">
              (derived by HER2 Atlas, not printed by SEER: {percent(ofKnown.her2Positive)} ÷ {percent(ofKnown.known)}, the four known
              subtypes’ shares added up)
            </span>
            .
          </p>
        )}
      </aside>
    </PrevalenceBarFrame>
  );
}
