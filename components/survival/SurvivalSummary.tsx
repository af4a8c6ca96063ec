"use client";
import { useLocalWording } from "@/components/layout/useLocalWording";
import { WordingContext } from "@/components/layout/WordingContext";
import { SURVIVAL_DEFAULTS } from "@/lib/charts/survival-state";
import type { Citation } from "@/lib/datasets/citations";
import type { SubtypeSurvivalRow } from "@/lib/datasets/schemas";
import { SurvivalChartFrame } from "./SurvivalChartFrame";

/**
 * The home page's four-year survival chart in the shared frame, its source one line linking to the
 * page's citation block. The home page is static, so the wording lives in this component; without
 * JavaScript the switch would do nothing, so it waits for hydration. "Details" rewords the bars and
 * opens the table and the notes.
 */
export function SurvivalSummary({ rows, citations }: { rows: readonly SubtypeSurvivalRow[]; citations: readonly Citation[] }) {
  const { wording, controls } = useLocalWording();
  const state = { ...SURVIVAL_DEFAULTS, wording };
  return (
    <WordingContext value={wording}>
      <SurvivalChartFrame
        id="home-survival"
        state={state}
        rows={rows}
        controls={controls}
        citations={citations}
        apiPath={`/api/survival?measure=${state.measure}&stage=all&period=${[...new Set(rows.map((row) => row.period))].join(",")}`}
      />
    </WordingContext>
  );
}
