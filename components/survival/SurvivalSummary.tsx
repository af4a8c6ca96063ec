"use client";
import { ChartFrame } from "@/components/chart/ChartFrame";
import { BarChart } from "@/components/charts/BarChart";
import { GlossedText } from "@/components/glossary/GlossedText";
import { useLocalWording } from "@/components/layout/useLocalWording";
import { WordingContext } from "@/components/layout/WordingContext";
import { survivalBars, survivalTakeaway, survivalTitle } from "@/lib/charts/survival";
import { SURVIVAL_DEFAULTS, survivalImagePath, survivalSearch } from "@/lib/charts/survival-state";
import type { Citation } from "@/lib/datasets/citations";
import type { SubtypeSurvivalRow } from "@/lib/datasets/schemas";
import { SurvivalTable } from "./SurvivalTable";

/**
 * The home page's four-year survival chart in the shared frame, its source one line linking to the
 * page's citation block. The home page is static, so the wording lives in this component; without
 * JavaScript the switch would do nothing, so it waits for hydration. "Details" rewords the bars and
 * opens the table and the notes.
 */
export function SurvivalSummary({ rows, citations }: { rows: readonly SubtypeSurvivalRow[]; citations: readonly Citation[] }) {
  const { wording, controls } = useLocalWording();
  const state = { ...SURVIVAL_DEFAULTS, wording };
  const title = survivalTitle(state.measure);
  const takeaway = survivalTakeaway(rows, state.measure);
  return (
    <WordingContext value={wording}>
      <ChartFrame
        id="home-survival"
        title={title}
        takeaway={takeaway}
        controls={controls}
        controlsBelow
        citeInPage
        renderDefinition={(definition) => <GlossedText text={definition} terms={["cause-specific-survival", "overall-survival"]} />}
        table={<SurvivalTable caption={title} measure={state.measure} rows={rows} />}
        citations={citations}
        apiPath={`/api/survival?measure=${state.measure}&stage=all&period=${[...new Set(rows.map((row) => row.period))].join(",")}`}
        imagePath={survivalImagePath(state)}
        embed={{ chart: "survival", search: survivalSearch(state) }}
      >
        <BarChart title={title} summary={takeaway} data={survivalBars(rows, wording)} domainMax={100} tickSuffix="%" />
      </ChartFrame>
    </WordingContext>
  );
}
