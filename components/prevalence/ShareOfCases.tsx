import { Disclosure } from "@/components/layout/Disclosure";
import { quotedHer2PositiveShare } from "@/lib/charts/prevalence";
import { prevalenceChartFrame } from "@/lib/charts/prevalence-state";
import { shareView } from "@/lib/charts/prevalence-views";
import { subtypeLabel } from "@/lib/subtypes";
import type { PrevalenceWordingChartProps } from "./chart-props";
import { PrevalenceBarFrame } from "./PrevalenceBarFrame";
import { PrevalenceWordingChoice } from "./PrevalenceControls";
import { QuotedShareExplainer } from "./QuotedShareExplainer";

/**
 * The page's answer: share of all new cases by subtype, unknown included, with why it is lower than
 * the often quoted range one click away. The page's wording switch sits under it.
 */
export function ShareOfCases({ rows, sources, wording, tableOpen }: PrevalenceWordingChartProps) {
  const view = shareView(rows, { wording });
  const quoted = quotedHer2PositiveShare(rows);

  return (
    <PrevalenceBarFrame
      id="share"
      glossary={{ takeaway: ["seer"] }}
      view={view}
      labelHeaders={["Subtype"]}
      labelsFor={(row) => [subtypeLabel(row)]}
      valueHeader="Share of all new cases"
      sources={sources}
      apiQuery="measure=percent-of-cases&by=subtype"
      {...prevalenceChartFrame("share-of-cases", { wording })}
      tableOpen={tableOpen}
      controlsBelow
      controls={<PrevalenceWordingChoice />}
    >
      {quoted && (
        <Disclosure title={`Why not “${quoted.rangeText}”, as is often said?`} testId="share-why">
          <aside className="callout" aria-labelledby="share-why-heading" data-testid="share-explainer">
            <h3 id="share-why-heading">Why not “{quoted.rangeText}”?</h3>
            {/* /prevalence links "subtype" in its lede and "SEER" in this chart's answer. */}
            <QuotedShareExplainer rows={rows} sources={sources} linkedAbove={["subtype", "seer"]} />
          </aside>
        </Disclosure>
      )}
    </PrevalenceBarFrame>
  );
}
