"use client";
import { useEffect, useMemo, useState } from "react";
import { BarChart } from "@/components/charts/BarChart";
import { ChartFrame } from "@/components/chart/ChartFrame";
import { FigureTable } from "@/components/chart/FigureTable";
import { DataStatus } from "@/components/data/DataStatus";
import { useDataset } from "@/components/data/useDataset";
import { stageIvRows, survivalBars, survivalTakeaway, survivalViewRows } from "@/lib/charts/survival";
import { survivalImagePath, survivalSearch, type SurvivalViewState } from "@/lib/charts/url-state";
import { STAGE_LABELS } from "@/lib/datasets/dimensions";
import type { SurvivalRow } from "@/lib/datasets/schemas";
import { citationsFor, type Citation } from "@/lib/datasets/citations";
import type { Source } from "@/lib/datasets/schemas";
import { SUBTYPES } from "@/lib/subtypes";
import { CompareSubtypes } from "./CompareSubtypes";
import { StageIvCallout } from "./StageIvCallout";
import { SurvivalControls } from "./SurvivalControls";

export interface SurvivalExplorerProps {
  initialState: SurvivalViewState;
  rows: SurvivalRow[];
  sources: Source[];
}

/** The survival chart with its controls; state mirrors the URL so any view can be shared. */
export function SurvivalExplorer({ initialState, rows: serverRows, sources }: SurvivalExplorerProps) {
  const [state, setState] = useState(initialState);
  const { rows, error, isValidating, retry } = useDataset<SurvivalRow>("survival", serverRows);
  const stageIv = useMemo(() => stageIvRows(rows).filter((row) => state.subtypes.includes(row.subtype)), [rows, state.subtypes]);

  useEffect(() => {
    const search = survivalSearch(state);
    if (search !== window.location.search && !(search === "" && window.location.search === "")) {
      window.history.replaceState(null, "", `${window.location.pathname}${search}${window.location.hash}`);
    }
  }, [state]);

  const viewRows = useMemo(() => survivalViewRows(rows, state), [rows, state]);
  const bars = useMemo(() => survivalBars(viewRows, state.wording), [viewRows, state.wording]);
  const citations: Citation[] = useMemo(() => citationsFor(viewRows, sources), [viewRows, sources]);
  const fourYear = state.measure === "four-year-cause-specific";
  const title = fourYear ? "Four-year breast cancer-specific survival by subtype" : "Five-year relative survival by subtype and stage";
  const apiQuery = new URLSearchParams({
    measure: state.measure,
    ...(fourYear ? { stage: "all" } : state.stage ? { stage: state.stage } : {}),
    period: [...new Set(viewRows.map((row) => row.period))].join(","),
  });

  return (
    <>
    <ChartFrame
      id="survival-chart"
      title={title}
      takeaway={survivalTakeaway(viewRows, state.measure)}
      controls={
        <>
          <SurvivalControls state={state} onChange={setState} />
          <DataStatus error={error} onRetry={retry} retrying={isValidating} />
        </>
      }
      table={
        <FigureTable
          caption={title}
          labelHeaders={fourYear ? ["Subtype"] : ["Subtype", "Stage"]}
          valueHeader={fourYear ? "4-year survival" : "5-year relative survival"}
          rows={viewRows.map((row) => ({
            key: row.id,
            labels: fourYear ? [SUBTYPES[row.subtype].label] : [SUBTYPES[row.subtype].label, STAGE_LABELS[row.stage].label],
            valueText: bars.find((b) => b.id === row.id)?.valueText ?? "",
            period: row.period,
            note: row.value === null ? row.unavailableReason : row.note,
          }))}
        />
      }
      citations={citations}
      apiPath={`/api/survival?${apiQuery.toString()}`}
      imagePath={survivalImagePath(state)}
      embed={{ chart: "survival", search: survivalSearch({ ...state, view: "chart" }) }}
      tableOpen={state.view === "table"}
    >
      <BarChart title={title} summary={survivalTakeaway(viewRows, state.measure)} data={bars} domainMax={100} tickSuffix="%" />
      {fourYear && <StageIvCallout rows={stageIv} />}
    </ChartFrame>
    <CompareSubtypes rows={rows} pair={state.compare} onChange={(compare) => setState({ ...state, compare })} />
    </>
  );
}
