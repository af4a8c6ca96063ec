import type { ReactNode } from "react";
import type { Citation } from "@/lib/datasets/citations";
import type { EmbeddableChart } from "@/lib/embed";
import { CiteThis } from "./CiteThis";
import { DataLinks } from "./DataLinks";
import { EmbedSnippet } from "./EmbedSnippet";
import { ImageLinks } from "./ImageLinks";
import { SourceLine } from "./SourceLine";
import { TableView } from "./TableView";

export interface ChartFrameProps {
  id: string;
  title: string;
  /** The one sentence a reader should take away. */
  takeaway: ReactNode;
  /** Controls, notices or a legend shown between the takeaway and the chart. */
  controls?: ReactNode;
  children: ReactNode;
  /** The table view: exactly the numbers the chart shows. */
  table: ReactNode;
  citations: readonly Citation[];
  /** Sources that are not diagnosis-period citations (e.g. dated approvals): shown before the source line, cited too. */
  otherSources?: { line: ReactNode; citations: readonly string[] };
  /** The table view's toggle text. */
  tableLabel?: string;
  /** The image URL without extension (e.g. "/api/charts/survival?measure=…"), where the chart can be exported. */
  imagePath?: string;
  /** The embeddable chart and its query, for the "Embed" snippet. */
  embed?: { chart: EmbeddableChart; search: string };
  /** Open the table view from the start (view=table in the URL); opening it later writes view=table through TableViewContext. */
  tableOpen?: boolean;
  /** The API path (with query) the chart's data comes from, for CSV and JSON downloads. */
  apiPath: string;
}

/** Title, takeaway, chart, table view, downloads and source line: the frame every chart shares. */
export function ChartFrame(props: ChartFrameProps) {
  const { id, title, takeaway, controls, children, table, citations, otherSources, apiPath, imagePath, embed, tableOpen } = props;
  return (
    <figure className="chart-frame" aria-labelledby={`${id}-heading`} id={id}>
      <header>
        <h2 id={`${id}-heading`}>{title}</h2>
        <p className="takeaway" data-testid="takeaway">
          {takeaway}
        </p>
      </header>
      {controls}
      {children}
      <div className="chart-tools">
        <TableView title={title} label={props.tableLabel ?? "Show the numbers as a table"} open={tableOpen ?? false}>
          {table}
        </TableView>
        <DataLinks apiPath={apiPath} />
        {imagePath && <ImageLinks imagePath={imagePath} title={title} />}
        {embed && <EmbedSnippet chart={embed.chart} search={embed.search} />}
        <CiteThis title={title} citations={[...(otherSources?.citations ?? []), ...citations.map((c) => c.citation)]} />
      </div>
      <figcaption>
        {otherSources?.line}
        <SourceLine citations={citations} />
      </figcaption>
    </figure>
  );
}
