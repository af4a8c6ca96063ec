import type { ReactNode } from "react";
import { ChartFrame, type ChartFrameProps } from "@/components/chart/ChartFrame";
import { BarChart } from "@/components/charts/BarChart";
import { GlossedText } from "@/components/glossary/GlossedText";
import { survivalBars, survivalTakeaway, survivalTitle } from "@/lib/charts/survival";
import { type SurvivalViewState, survivalImagePath, survivalSearch } from "@/lib/charts/survival-state";
import type { Citation } from "@/lib/datasets/citations";
import type { SubtypeSurvivalRow } from "@/lib/datasets/schemas";
import { SurvivalTable } from "./SurvivalTable";

export interface SurvivalChartFrameProps {
  id: string;
  headingLevel?: ChartFrameProps["headingLevel"];
  state: SurvivalViewState;
  /** The rows the bars draw. */
  rows: readonly SubtypeSurvivalRow[];
  /** The rows of the table view, where it holds more than the bars (the page's stage IV figures). */
  tableRows?: readonly SubtypeSurvivalRow[];
  controls: ReactNode;
  notes?: ReactNode;
  citations: readonly Citation[];
  apiPath: string;
  tableOpen?: boolean;
  /** Shown under the bars (what has no bar, and why). */
  children?: ReactNode;
}

/**
 * The survival bar chart in the shared frame, as the survival page and the home page show it: the
 * chart first and its controls under it, the measures' definitions with their glossary terms linked,
 * and its image and embed for the state's view.
 */
export function SurvivalChartFrame({
  id,
  headingLevel,
  state,
  rows,
  tableRows = rows,
  controls,
  notes,
  citations,
  apiPath,
  tableOpen,
  children,
}: SurvivalChartFrameProps) {
  const title = survivalTitle(state.measure);
  const takeaway = survivalTakeaway(rows, state.measure);
  return (
    <ChartFrame
      id={id}
      headingLevel={headingLevel}
      title={title}
      takeaway={takeaway}
      controls={controls}
      controlsBelow
      citeInPage
      renderDefinition={(definition) => <GlossedText text={definition} terms={["cause-specific-survival", "overall-survival"]} />}
      notes={notes}
      table={<SurvivalTable caption={title} measure={state.measure} rows={tableRows} />}
      citations={citations}
      apiPath={apiPath}
      imagePath={survivalImagePath(state)}
      embed={{ chart: "survival", search: survivalSearch({ ...state, view: "chart" }) }}
      tableOpen={tableOpen}
    >
      <BarChart title={title} summary={takeaway} data={survivalBars(rows, state.wording)} domainMax={100} tickSuffix="%" />
      {children}
    </ChartFrame>
  );
}
