"use client";
import type { ReactNode } from "react";
import { ChartFrame } from "@/components/chart/ChartFrame";
import { FigureTable } from "@/components/chart/FigureTable";
import { BarChart } from "@/components/charts/BarChart";
import type { BarDatum } from "@/lib/charts/bars";
import { tableRows } from "@/lib/charts/prevalence";
import { citationsFor } from "@/lib/datasets/citations";
import type { PrevalenceRow, Source } from "@/lib/datasets/schemas";

export interface PrevalenceBarFrameProps {
  id: string;
  title: string;
  takeaway: string;
  /** What the axis measures ("Age-adjusted rate per 100,000 women"): BarChart has no axis title. */
  unit: string;
  viewRows: readonly PrevalenceRow[];
  bars: readonly BarDatum[];
  domainMax: number;
  tickSuffix?: string;
  labelHeaders: string[];
  labelsFor: (row: PrevalenceRow) => string[];
  valueHeader: string;
  sources: readonly Source[];
  /** The /api/prevalence query the figures come from, for the downloads. */
  apiQuery: string;
  tableOpen: boolean;
  /** Where the chart can be exported as an image, if it can (see lib/export/charts.ts). */
  imagePath?: string;
  controls?: ReactNode;
  /** Notes and caveats read after the chart. */
  children?: ReactNode;
}

/** A bar chart of prevalence figures in the shared frame, with its table view drawn from the same bars. */
export function PrevalenceBarFrame(props: PrevalenceBarFrameProps) {
  const { id, title, takeaway, unit, viewRows, bars, domainMax, tickSuffix, labelHeaders, labelsFor, valueHeader, sources, apiQuery, tableOpen, imagePath, controls, children } = props;
  return (
    <ChartFrame
      id={id}
      title={title}
      takeaway={takeaway}
      controls={controls}
      table={<FigureTable caption={title} labelHeaders={labelHeaders} valueHeader={valueHeader} rows={tableRows(viewRows, bars, labelsFor)} />}
      citations={citationsFor(viewRows, sources)}
      apiPath={`/api/prevalence?${apiQuery}&period=${[...new Set(viewRows.map((row) => row.period))].join(",")}`}
      tableOpen={tableOpen}
      imagePath={imagePath}
    >
      <p className="chart-unit">{unit}</p>
      <BarChart title={title} summary={takeaway} data={bars} domainMax={domainMax} tickSuffix={tickSuffix} />
      {children}
    </ChartFrame>
  );
}
