"use client";
import { useEffect, useState } from "react";
import { DataStatus } from "@/components/data/DataStatus";
import { useDataset } from "@/components/data/useDataset";
import { prevalenceSearch, type PrevalenceViewState } from "@/lib/charts/prevalence-state";
import { WORDINGS } from "@/lib/charts/wording";
import type { PrevalenceRow, Source } from "@/lib/datasets/schemas";
import { ByAge } from "./ByAge";
import { ByRace } from "./ByRace";
import { Her2LowShare } from "./Her2LowShare";
import { IncidenceBySubtype } from "./IncidenceBySubtype";
import { MedianAge } from "./MedianAge";
import { NoScriptSubmit } from "@/components/layout/NoScriptSubmit";
import { ShareOfCases } from "./ShareOfCases";

export interface PrevalenceExplorerProps {
  initialState: PrevalenceViewState;
  rows: PrevalenceRow[];
  sources: Source[];
}

/**
 * Every prevalence chart with its controls. All controls belong to one GET form, so without
 * JavaScript any "Update charts" button reloads the page with the whole state in the URL; with it,
 * state mirrors the URL so any view can be shared.
 */
export function PrevalenceExplorer({ initialState, rows: serverRows, sources }: PrevalenceExplorerProps) {
  const [state, setState] = useState(initialState);
  const { rows, error, isValidating, retry } = useDataset<PrevalenceRow>("prevalence", serverRows);

  useEffect(() => {
    const search = prevalenceSearch(state);
    if (search !== window.location.search) {
      window.history.replaceState(null, "", `${window.location.pathname}${search}${window.location.hash}`);
    }
  }, [state]);

  const tableOpen = state.view === "table";
  return (
    <form method="get" action="/prevalence" onSubmit={(e) => e.preventDefault()} className="prevalence-explorer">
      {state.view !== "chart" && <input type="hidden" name="view" value={state.view} />}
      <div className="controls">
        <fieldset>
          <legend>Wording</legend>
          {WORDINGS.map((wording) => (
            <label key={wording}>
              <input type="radio" name="wording" value={wording} checked={state.wording === wording} onChange={() => setState({ ...state, wording })} />{" "}
              {wording === "plain" ? "Plain language" : "Details"}
            </label>
          ))}
        </fieldset>
        <NoScriptSubmit />
      </div>
      <DataStatus error={error} onRetry={retry} retrying={isValidating} />
      <ShareOfCases rows={rows} sources={sources} wording={state.wording} tableOpen={tableOpen} />
      <IncidenceBySubtype rows={rows} sources={sources} state={state} onChange={setState} />
      <ByRace rows={rows} sources={sources} state={state} onChange={setState} />
      <ByAge rows={rows} sources={sources} state={state} onChange={setState} />
      <Her2LowShare rows={rows} sources={sources} wording={state.wording} tableOpen={tableOpen} />
      <MedianAge rows={rows} sources={sources} wording={state.wording} tableOpen={tableOpen} />
    </form>
  );
}
