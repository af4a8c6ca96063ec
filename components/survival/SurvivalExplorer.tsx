"use client";
import { useMemo, useState, type ReactNode } from "react";
import { BarChart } from "@/components/charts/BarChart";
import { ChartFrame } from "@/components/chart/ChartFrame";
import { TableViewContext } from "@/components/chart/TableView";
import { DataStatus } from "@/components/data/DataStatus";
import { useDatasetRows } from "@/components/data/useDataset";
import { ExplorerForm } from "@/components/layout/ExplorerForm";
import { useUrlSearch } from "@/components/layout/useUrlSearch";
import { absentSubtypes, measurePeriods, stageIvRows, survivalBars, survivalTakeaway, survivalTitle, survivalViewRows } from "@/lib/charts/survival";
import { survivalImagePath, survivalSearch, type SurvivalViewState } from "@/lib/charts/survival-state";
import { type View } from "@/lib/charts/url-state";
import { citationsFor, type Citation } from "@/lib/datasets/citations";
import type { Source, SurvivalRow } from "@/lib/datasets/schemas";
import { FOUR_YEAR_OUTCOME, RELATIVE_SURVIVAL_COMPARISON } from "@/lib/datasets/survival-dimensions";
import { SUBTYPES } from "@/lib/subtypes";
import { CompareSubtypes } from "./CompareSubtypes";
import { StageIvCallout } from "./StageIvCallout";
import { SurvivalControls } from "./SurvivalControls";
import { SurvivalTable } from "./SurvivalTable";
import { GlossedText } from "@/components/glossary/GlossedText";

export interface SurvivalExplorerProps {
  initialState: SurvivalViewState;
  rows: SurvivalRow[];
  sources: Source[];
  /** The page's definitions and methods, after the charts: inside the form's wording (WordingContext). */
  children?: ReactNode;
}

/**
 * The survival chart and the comparison with their controls. Every field belongs to one GET form,
 * so without JavaScript any of its buttons reloads the page with the whole state in the URL; with
 * it, state mirrors the URL so any view can be shared. The chart comes before its controls (the
 * answer first), and the stage IV box after the comparison it qualifies.
 */
export function SurvivalExplorer({ initialState, rows: serverRows, sources, children }: SurvivalExplorerProps) {
  const [state, setState] = useState(initialState);
  const rows = useDatasetRows<SurvivalRow>("survival", serverRows);
  useUrlSearch(survivalSearch(state));

  const fourYear = state.measure === "four-year-cause-specific";
  const viewRows = useMemo(() => survivalViewRows(rows, state), [rows, state]);
  const stageIv = useMemo(() => (fourYear ? stageIvRows(rows).filter((row) => state.subtypes.includes(row.subtype)) : []), [rows, fourYear, state.subtypes]);
  /** The chart's bars, then the stage IV box's figures (the box follows the comparison): the chart's table and downloads hold both. */
  const shownRows = useMemo(() => [...viewRows, ...stageIv], [viewRows, stageIv]);
  const bars = useMemo(() => survivalBars(viewRows, state.wording), [viewRows, state.wording]);
  const citations: Citation[] = useMemo(() => citationsFor(shownRows, sources), [shownRows, sources]);
  const periods = useMemo(() => measurePeriods(rows), [rows]);
  const title = survivalTitle(state.measure);
  const takeaway = survivalTakeaway(viewRows, state.measure);
  const absent = absentSubtypes(viewRows, state);
  const setView = (view: View) => setState((current) => (current.view === view ? current : { ...current, view }));
  const apiQuery = new URLSearchParams({
    measure: state.measure,
    ...(fourYear ? { stage: stageIv.length > 0 ? "all,stage-iv" : "all" } : state.stage ? { stage: state.stage } : {}),
    subtype: state.subtypes.join(","),
    period: [...new Set(shownRows.map((row) => row.period))].join(","),
  });

  return (
    <TableViewContext value={setView}>
      <ExplorerForm action="/survival" className="survival-explorer" view={state.view} wording={state.wording}>
        <ChartFrame
          id="survival-chart"
          title={title}
          takeaway={takeaway}
          controls={
            <>
              <SurvivalControls state={state} periods={periods} onChange={setState} />
              <DataStatus dataset="survival" />
            </>
          }
          controlsBelow
          citeInPage
          renderDefinition={(definition) => <GlossedText text={definition} terms={["cause-specific-survival", "overall-survival"]} />}
          notes={
            <p>
              The page holds two measures: how many people {FOUR_YEAR_OUTCOME}, and how survival five years after diagnosis{" "}
              {RELATIVE_SURVIVAL_COMPARISON}, by stage (choose one under the chart). Two different measures from two different periods: they
              are never put on one axis.
            </p>
          }
          table={<SurvivalTable caption={title} measure={state.measure} rows={shownRows} />}
          citations={citations}
          apiPath={`/api/survival?${apiQuery.toString()}`}
          imagePath={survivalImagePath(state)}
          embed={{ chart: "survival", search: survivalSearch({ ...state, view: "chart" }) }}
          tableOpen={initialState.view === "table"}
        >
          <BarChart title={title} summary={takeaway} data={bars} domainMax={100} tickSuffix="%" />
          {absent.map(({ subtype, reason }) => (
            <p key={subtype} className="chart-note" data-testid="absent-subtype">
              <strong>{SUBTYPES[subtype].label}: no bar.</strong> {reason}
            </p>
          ))}
        </ChartFrame>
        <CompareSubtypes
          rows={rows}
          sources={sources}
          pair={state.compare}
          wording={state.wording}
          tableOpen={initialState.view === "table"}
          onChange={(compare) => setState({ ...state, compare })}
          measure={state.measure}
          fourYearSearch={survivalSearch({ ...state, measure: "four-year-cause-specific" })}
          onFourYear={() => setState({ ...state, measure: "four-year-cause-specific" })}
        />
        <StageIvCallout rows={stageIv} />
        {children}
      </ExplorerForm>
    </TableViewContext>
  );
}
