import { raceName } from "@/lib/charts/prevalence";
import { prevalenceChartFrame } from "@/lib/charts/prevalence-state";
import { her2LowView } from "@/lib/charts/prevalence-views";
import type { PrevalenceWordingChartProps } from "./chart-props";
import { Her2LowNotes } from "./notes";
import { PrevalenceBarFrame } from "./PrevalenceBarFrame";
import { ON_PAGE } from "./page-notes";

/** HER2-low among HER2-negative cancers: cohort and FDA figures, with what HER2-low is and is not. */
export function Her2LowShare({ rows, sources, wording, tableOpen }: PrevalenceWordingChartProps) {
  const view = her2LowView(rows, { wording });
  return (
    <PrevalenceBarFrame
      id="her2-low"
      glossary={{ unit: ["her2-negative", "her2-low", "ihc", "ish"] }}
      view={view}
      labelHeaders={["Source", "Group"]}
      labelsFor={(row) => [row.registry, raceName(row)]}
      valueHeader="Share of HER2-negative"
      sources={sources}
      apiQuery="measure=her2-low-share-of-her2-negative"
      tableOpen={tableOpen}
      {...prevalenceChartFrame("her2-low", { wording })}
      notes={<Her2LowNotes viewRows={view.viewRows} wording={wording} place={ON_PAGE} />}
    />
  );
}
