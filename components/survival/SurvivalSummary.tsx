import { ChartFrame } from "@/components/chart/ChartFrame";
import { BarChart } from "@/components/charts/BarChart";
import { GlossedText } from "@/components/glossary/GlossedText";
import { ByWording, LocalWording, LocalWordingSwitch } from "@/components/layout/LocalWording";
import { survivalBars, survivalTakeaway, survivalTitle } from "@/lib/charts/survival";
import { SURVIVAL_DEFAULTS, survivalImagePath, survivalSearch } from "@/lib/charts/survival-state";
import type { Wording } from "@/lib/charts/wording";
import type { Citation } from "@/lib/datasets/citations";
import type { SubtypeSurvivalRow } from "@/lib/datasets/schemas";
import { SurvivalTable } from "./SurvivalTable";

/**
 * The home page's four-year survival chart in the shared frame, its source one line linking to the
 * page's citation block. The home page is static, so the wording lives in the browser (LocalWording):
 * the server draws the frame in both wordings and the switch shows one, so the chart ships no script.
 * "Details" rewords the bars, opens the table and the notes, and its links name that wording.
 */
export function SurvivalSummary({ rows, citations }: { rows: readonly SubtypeSurvivalRow[]; citations: readonly Citation[] }) {
  const frame = (wording: Wording) => {
    const state = { ...SURVIVAL_DEFAULTS, wording };
    const title = survivalTitle(state.measure);
    const takeaway = survivalTakeaway(rows, state.measure);
    return (
      <ChartFrame
        id="home-survival"
        title={title}
        takeaway={takeaway}
        controls={<LocalWordingSwitch />}
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
    );
  };
  return (
    <LocalWording>
      <ByWording plain={frame("plain")} details={frame("details")} />
    </LocalWording>
  );
}
