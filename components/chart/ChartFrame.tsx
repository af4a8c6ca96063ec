import type { ReactNode } from "react";
import { Disclosure } from "@/components/layout/Disclosure";
import { WordingDisclosure } from "@/components/layout/WordingContext";
import type { FoldStart } from "@/lib/charts/url-state";
import type { Citation } from "@/lib/datasets/citations";
import type { EmbeddableChart } from "@/lib/embed";
import { AddToDeck } from "./AddToDeck";
import { ChartFold } from "./ChartFold";
import { CiteThis } from "./CiteThis";
import { DataLinks } from "./DataLinks";
import { EmbedSnippet } from "./EmbedSnippet";
import { ImageLinks } from "./ImageLinks";
import { SourceLine } from "./SourceLine";
import { SourceNote } from "./SourceNote";
import { TableView } from "./TableView";

export interface ChartFrameProps {
  id: string;
  title: string;
  /** The title's heading level: 3 where the chart sits in a section with a heading of its own. */
  headingLevel?: 2 | 3;
  /** The one sentence a reader should take away. */
  takeaway: ReactNode;
  /** Controls, notices or a legend shown between the takeaway and the chart (or under the chart: `controlsBelow`). */
  controls?: ReactNode;
  /** The chart comes first and its controls follow, so on a phone the answer is on the first screen. */
  controlsBelow?: boolean;
  /**
   * A page's secondary chart, folded to its title, answer and source until opened (or the "details"
   * wording): "open" where it starts open, the link having set this chart's own settings.
   */
  fold?: FoldStart;
  children: ReactNode;
  /** Notes and caveats about this chart: in a disclosure under it, open in the "details" wording (WordingContext). */
  notes?: ReactNode;
  /** How to show each measure's definition in the notes: a page links glossary terms in it; embeds show it as it is. */
  renderDefinition?: (definition: string) => ReactNode;
  /** The table view: exactly the numbers the chart shows. */
  table: ReactNode;
  citations: readonly Citation[];
  /** Sources that are not diagnosis-period citations (e.g. dated approvals): named first in the source line, cited too. */
  otherSources?: { note: ReactNode; citations: readonly string[] };
  /** The page has one citation block (PageSources): the chart's source is one line linking into it. */
  citeInPage?: boolean;
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

/** Title, takeaway, chart, notes, table view, downloads and source line: the frame every chart shares. */
export function ChartFrame(props: ChartFrameProps) {
  const {
    id,
    title,
    takeaway,
    controls,
    controlsBelow,
    fold,
    children,
    notes,
    table,
    citations,
    otherSources,
    citeInPage,
    apiPath,
    imagePath,
    embed,
    tableOpen,
    headingLevel = 2,
  } = props;
  const renderDefinition = props.renderDefinition ?? ((definition: string) => definition);
  // With the full citations moved to the page's block, each measure's definition stays by its chart.
  const definitions = citeInPage ? [...new Set(citations.map((c) => c.definition))] : [];
  const Heading = headingLevel === 3 ? "h3" : "h2";
  const heading = <Heading id={`${id}-heading`}>{title}</Heading>;
  const body = (
    <>
      {!controlsBelow && controls}
      {children}
      {controlsBelow && controls}
      {(notes || definitions.length > 0) && (
        <WordingDisclosure title="Notes on this chart" className="chart-notes" testId="chart-notes">
          {definitions.map((definition) => (
            <p key={definition} className="chart-definition">
              {renderDefinition(definition)}
            </p>
          ))}
          {notes}
        </WordingDisclosure>
      )}
      <div className="chart-tools">
        <TableView title={title} label={props.tableLabel ?? "Show the numbers as a table"} open={tableOpen ?? false}>
          {table}
        </TableView>
        <Disclosure title="Download, embed or cite" className="chart-share" testId="chart-share">
          <DataLinks apiPath={apiPath} />
          {imagePath && <ImageLinks imagePath={imagePath} title={title} />}
          {imagePath && <AddToDeck imagePath={imagePath} title={title} />}
          {embed && <EmbedSnippet embed={{ ...embed, title }} />}
          <CiteThis title={title} anchor={id} citations={[...(otherSources?.citations ?? []), ...citations.map((c) => c.citation)]} />
        </Disclosure>
      </div>
    </>
  );
  return (
    <figure className={`chart-frame${fold ? " is-folded" : ""}`} aria-labelledby={`${id}-heading`} id={id}>
      {fold ? (
        // The summary holds phrasing content only: the takeaway is a block-styled span there.
        <ChartFold
          id={id}
          open={(tableOpen ?? false) || fold === "open"}
          summary={
            <>
              {heading}
              <span className="takeaway" data-testid="takeaway" aria-live="polite">
                {takeaway}
              </span>
            </>
          }
        >
          {body}
        </ChartFold>
      ) : (
        <>
          <header>
            {heading}
            {/* Live: a control that changes the view changes this sentence, and a screen reader says it. */}
            <p className="takeaway" data-testid="takeaway" aria-live="polite">
              {takeaway}
            </p>
          </header>
          {body}
        </>
      )}
      <figcaption>
        {citeInPage ? (
          <SourceNote citations={citations} other={otherSources?.note} />
        ) : (
          <>
            {otherSources?.note && <p className="source-line">{otherSources.note}</p>}
            <SourceLine citations={citations} />
          </>
        )}
      </figcaption>
    </figure>
  );
}
