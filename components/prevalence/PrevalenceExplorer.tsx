"use client";
import { useCallback, useState, type ReactNode } from "react";
import { TableViewContext } from "@/components/chart/TableView";
import { ExplorerForm } from "@/components/layout/ExplorerForm";
import { useUrlSearch } from "@/components/layout/useUrlSearch";
import { prevalenceSearch, type PrevalenceViewState } from "@/lib/charts/prevalence-state";
import type { View } from "@/lib/charts/url-state";
import type { PrevalenceRow, Source } from "@/lib/datasets/schemas";
import { ByAge } from "./ByAge";
import { ByRace } from "./ByRace";
import { Her2LowShare } from "./Her2LowShare";
import { IncidenceBySubtype } from "./IncidenceBySubtype";
import { MedianAge } from "./MedianAge";
import { ShareOfCases } from "./ShareOfCases";

export interface PrevalenceExplorerProps {
  initialState: PrevalenceViewState;
  rows: PrevalenceRow[];
  sources: Source[];
  /** The page's caveats, after the charts: inside the form's wording (WordingContext). */
  children?: ReactNode;
}

/**
 * Every prevalence chart with its controls. All controls belong to one GET form, so without
 * JavaScript any "Update charts" button reloads the page with the whole state in the URL; with it,
 * state mirrors the URL so any view can be shared. The share of cases answers the page's question;
 * the other charts follow folded to their title and answer, and the "details" wording opens them all.
 */
export function PrevalenceExplorer({ initialState, rows, sources, children }: PrevalenceExplorerProps) {
  const [state, setState] = useState(initialState);

  useUrlSearch(prevalenceSearch(state));

  // Where the tables start: opening one later writes view=table without opening the other five.
  const tableOpen = initialState.view === "table";
  const setView = useCallback((view: View) => setState((current) => (current.view === view ? current : { ...current, view })), []);
  return (
    <TableViewContext value={setView}>
      <ExplorerForm action="/prevalence" className="prevalence-explorer" view={state.view} wording={state.wording}>
        <ShareOfCases rows={rows} sources={sources} wording={state.wording} tableOpen={tableOpen} onWordingChange={(wording) => setState({ ...state, wording })} />
        <IncidenceBySubtype rows={rows} sources={sources} state={state} tableOpen={tableOpen} onChange={setState} />
        <ByRace rows={rows} sources={sources} state={state} tableOpen={tableOpen} onChange={setState} />
        <ByAge rows={rows} sources={sources} state={state} tableOpen={tableOpen} onChange={setState} />
        <Her2LowShare rows={rows} sources={sources} wording={state.wording} tableOpen={tableOpen} />
        <MedianAge rows={rows} sources={sources} wording={state.wording} tableOpen={tableOpen} />
        {children}
      </ExplorerForm>
    </TableViewContext>
  );
}
