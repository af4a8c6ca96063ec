import { ByWording, LocalWording, LocalWordingSwitch } from "@/components/layout/LocalWording";
import { SURVIVAL_DEFAULTS } from "@/lib/charts/survival-state";
import type { Wording } from "@/lib/charts/wording";
import type { Citation } from "@/lib/datasets/citations";
import type { SubtypeSurvivalRow } from "@/lib/datasets/schemas";
import { SurvivalChartFrame } from "./SurvivalChartFrame";

/**
 * The home page's four-year survival chart in the shared frame, its source one line linking to the
 * page's citation block. The home page is static, so the wording lives in the browser (LocalWording):
 * the server draws the frame in both wordings and the switch shows one, so the chart ships no script.
 * "Details" rewords the bars, opens the table and the notes, and its links name that wording.
 */
export function SurvivalSummary({ rows, citations }: { rows: readonly SubtypeSurvivalRow[]; citations: readonly Citation[] }) {
  const frame = (wording: Wording) => {
    const state = { ...SURVIVAL_DEFAULTS, wording };
    return (
      <SurvivalChartFrame
        id="home-survival"
        headingLevel={3}
        state={state}
        rows={rows}
        controls={<LocalWordingSwitch />}
        citations={citations}
        apiPath={`/api/survival?measure=${state.measure}&stage=all&period=${[...new Set(rows.map((row) => row.period))].join(",")}`}
      />
    );
  };
  return (
    <LocalWording>
      <ByWording plain={frame("plain")} details={frame("details")} />
    </LocalWording>
  );
}
