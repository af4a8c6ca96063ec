import type { ReactNode } from "react";
import { absentSubtypes, measurePeriods, stageIvRows, survivalViewRows } from "@/lib/charts/survival";
import { type SurvivalViewState, survivalSearch } from "@/lib/charts/survival-state";
import { type Citation, citationsFor } from "@/lib/datasets/citations";
import type { Source, SurvivalRow } from "@/lib/datasets/schemas";
import { FOUR_YEAR_OUTCOME, RELATIVE_SURVIVAL_COMPARISON } from "@/lib/datasets/survival-dimensions";
import { SUBTYPES } from "@/lib/subtypes";
import { CompareSubtypes } from "./CompareSubtypes";
import { StageIvCallout } from "./StageIvCallout";
import { SurvivalChartFrame } from "./SurvivalChartFrame";
import { SurvivalControls } from "./SurvivalControls";
import { SurvivalForm } from "./SurvivalForm";

export interface SurvivalExplorerProps {
  /** The view to show, read from the URL. */
  state: SurvivalViewState;
  rows: SurvivalRow[];
  sources: Source[];
  /** The page's definitions and methods, after the charts: inside the form's wording (WordingContext). */
  children?: ReactNode;
}

/**
 * The survival chart and the comparison with their controls, computed here on the server: the
 * browser gets the figures drawn and only the controls, the chart's keyboard exploration and the
 * table toggles as client islands. Every field belongs to one GET form (SurvivalForm), so without
 * JavaScript any of its buttons reloads the page with the whole state in the URL; with it, a change
 * asks the server for the view at the new URL. The chart comes before its controls (the answer
 * first), and the stage IV box after the comparison it qualifies.
 */
export function SurvivalExplorer({ state, rows, sources, children }: SurvivalExplorerProps) {
  const fourYear = state.measure === "four-year-cause-specific";
  const viewRows = survivalViewRows(rows, state);
  const stageIv = fourYear ? stageIvRows(rows).filter((row) => state.subtypes.includes(row.subtype)) : [];
  /** The chart's bars, then the stage IV box's figures (the box follows the comparison): the chart's table and downloads hold both. */
  const shownRows = [...viewRows, ...stageIv];
  const citations: Citation[] = citationsFor(shownRows, sources);
  const absent = absentSubtypes(viewRows, state);
  const tableOpen = state.view === "table";
  const apiQuery = new URLSearchParams({
    measure: state.measure,
    ...(fourYear ? { stage: stageIv.length > 0 ? "all,stage-iv" : "all" } : state.stage ? { stage: state.stage } : {}),
    subtype: state.subtypes.join(","),
    period: [...new Set(shownRows.map((row) => row.period))].join(","),
  });

  return (
    <SurvivalForm state={state}>
      <SurvivalChartFrame
        id="survival-chart"
        state={state}
        rows={viewRows}
        tableRows={shownRows}
        controls={<SurvivalControls periods={measurePeriods(rows)} />}
        notes={
          <p>
            The page holds two measures: how many people {FOUR_YEAR_OUTCOME}, and how survival five years after diagnosis {RELATIVE_SURVIVAL_COMPARISON}, by
            stage (choose one under the chart). Two different measures from two different periods: they are never put on one axis.
          </p>
        }
        citations={citations}
        apiPath={`/api/survival?${apiQuery.toString()}`}
        tableOpen={tableOpen}
      >
        {absent.map(({ subtype, reason }) => (
          <p key={subtype} className="chart-note" data-testid="absent-subtype">
            <strong>{SUBTYPES[subtype].label}: no bar.</strong> {reason}
          </p>
        ))}
      </SurvivalChartFrame>
      <CompareSubtypes
        rows={rows}
        sources={sources}
        pair={state.compare}
        wording={state.wording}
        tableOpen={tableOpen}
        measure={state.measure}
        fourYearSearch={survivalSearch({ ...state, measure: "four-year-cause-specific" })}
      />
      <StageIvCallout rows={stageIv} />
      {children}
    </SurvivalForm>
  );
}
