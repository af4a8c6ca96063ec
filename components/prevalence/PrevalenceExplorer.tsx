import type { ReactNode } from "react";
import type { PrevalenceViewState } from "@/lib/charts/prevalence-state";
import type { PrevalenceRow, Source } from "@/lib/datasets/schemas";
import { ByAge } from "./ByAge";
import { ByRace } from "./ByRace";
import { Her2LowShare } from "./Her2LowShare";
import { IncidenceBySubtype } from "./IncidenceBySubtype";
import { MedianAge } from "./MedianAge";
import { PrevalenceForm } from "./PrevalenceForm";
import { ShareOfCases } from "./ShareOfCases";

export interface PrevalenceExplorerProps {
  /** The view to show, read from the URL. */
  state: PrevalenceViewState;
  rows: PrevalenceRow[];
  sources: Source[];
  /** The page's caveats, after the charts: inside the form's wording (WordingContext). */
  children?: ReactNode;
}

/**
 * Every prevalence chart with its controls, computed here on the server: the browser gets the
 * charts drawn, with the controls, the charts' keyboard exploration and the table toggles as client
 * islands. All controls belong to one GET form (PrevalenceForm), so without JavaScript any "Update
 * charts" button reloads the page with the whole state in the URL; with it, a change asks the server
 * for the view at the new URL. The share of cases answers the page's question; the other charts
 * follow folded to their title and answer, and the "details" wording opens them all.
 */
export function PrevalenceExplorer({ state, rows, sources, children }: PrevalenceExplorerProps) {
  // Where the tables start: opening one later writes view=table without opening the other five.
  const tableOpen = state.view === "table";
  return (
    <PrevalenceForm state={state}>
      <ShareOfCases rows={rows} sources={sources} wording={state.wording} tableOpen={tableOpen} />
      <IncidenceBySubtype rows={rows} sources={sources} state={state} tableOpen={tableOpen} />
      <ByRace rows={rows} sources={sources} state={state} tableOpen={tableOpen} />
      <ByAge rows={rows} sources={sources} state={state} tableOpen={tableOpen} />
      <Her2LowShare rows={rows} sources={sources} wording={state.wording} tableOpen={tableOpen} />
      <MedianAge rows={rows} sources={sources} wording={state.wording} tableOpen={tableOpen} />
      {children}
    </PrevalenceForm>
  );
}
