import type { ReactNode } from "react";
import { ChartFrame, type ChartFrameProps } from "@/components/chart/ChartFrame";
import { FigureTable } from "@/components/chart/FigureTable";
import { BarChart } from "@/components/charts/BarChart";
import { type GlossedTerm, GlossedText } from "@/components/glossary/GlossedText";
import { tableRows } from "@/lib/charts/prevalence";
import type { PrevalenceBarView } from "@/lib/charts/prevalence-views";
import type { FoldStart } from "@/lib/charts/url-state";
import { citationsFor } from "@/lib/datasets/citations";
import type { PrevalenceRow, Source } from "@/lib/datasets/schemas";
import type { TableLabel } from "@/lib/subtypes";

export interface PrevalenceBarFrameProps {
  id: string;
  /** Title, takeaway, unit, rows and bars, from lib/charts/prevalence-views (shared with the image export). */
  view: PrevalenceBarView;
  labelHeaders: string[];
  labelsFor: (row: PrevalenceRow) => TableLabel[];
  valueHeader: string;
  sources: readonly Source[];
  /** The /api/prevalence query the figures come from, for the downloads. */
  apiQuery: string;
  tableOpen: boolean;
  /** Where the chart is exported as an image (see lib/export/charts.ts). */
  imagePath: string;
  /** The /embed/<chart> that shows this chart, for the "Embed" snippet. */
  embed?: ChartFrameProps["embed"];
  controls?: ReactNode;
  controlsBelow?: boolean;
  /** A secondary chart of the page: folded to its title and answer until opened (ChartFrame's fold). */
  fold?: FoldStart;
  /** Notes and caveats about the chart: one click away (open in the "details" wording). */
  notes?: ReactNode;
  /** What must be read with the chart, shown under it. */
  children?: ReactNode;
  /**
   * Glossary terms whose first use on the page is in the takeaway or the unit line, linked there. Not in
   * a folded chart's takeaway: that is its fold's summary, where a link would be a control in a control.
   */
  glossary?: { takeaway?: readonly GlossedTerm[]; unit?: readonly GlossedTerm[] };
}

/** A bar chart of prevalence figures in the shared frame, with its table view drawn from the same bars. */
export function PrevalenceBarFrame(props: PrevalenceBarFrameProps) {
  const {
    id,
    view,
    labelHeaders,
    labelsFor,
    valueHeader,
    sources,
    apiQuery,
    tableOpen,
    imagePath,
    embed,
    controls,
    controlsBelow,
    fold,
    notes,
    children,
    glossary,
  } = props;
  const { title, takeaway, unit, viewRows, bars, domainMax, tickSuffix } = view;
  return (
    <ChartFrame
      id={id}
      title={title}
      takeaway={<GlossedText text={takeaway} terms={glossary?.takeaway ?? []} />}
      controls={controls}
      controlsBelow={controlsBelow}
      fold={fold}
      notes={notes}
      citeInPage
      table={<FigureTable caption={title} labelHeaders={labelHeaders} valueHeader={valueHeader} rows={tableRows(viewRows, bars, labelsFor)} />}
      citations={citationsFor(viewRows, sources)}
      apiPath={`/api/prevalence?${apiQuery}&period=${[...new Set(viewRows.map((row) => row.period))].join(",")}`}
      tableOpen={tableOpen}
      imagePath={imagePath}
      embed={embed}
    >
      <p className="chart-unit">
        <GlossedText text={unit} terms={glossary?.unit ?? []} />
      </p>
      <BarChart title={title} summary={takeaway} data={bars} domainMax={domainMax} tickSuffix={tickSuffix} />
      {children}
    </ChartFrame>
  );
}
