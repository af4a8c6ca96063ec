import { FigureTable } from "@/components/chart/FigureTable";
import { TableView } from "@/components/chart/TableView";
import { BarChart } from "@/components/charts/BarChart";
import { glossFirstUses } from "@/components/glossary/GlossedText";
import { periodPhrase } from "@/lib/datasets/citations";
import type { Source, SubtypeSurvivalRow } from "@/lib/datasets/schemas";
import { STAGE_LABELS } from "@/lib/datasets/survival-dimensions";
import { formatFigure } from "@/lib/format";
import type { GlossaryId } from "@/lib/glossary/phrases";
import { stageBars, stageTakeaway } from "@/lib/subtype-page/figures";
import { SourceNote } from "./SourceNote";

/** The texts the chart shows, in order: a later section links the terms none of them used. */
export function stageChartTexts(rows: readonly SubtypeSurvivalRow[]): string[] {
  return rows[0] ? [stageTakeaway(rows), rows[0].definition] : [];
}

/**
 * One measure by stage for one subtype: the /survival bar chart's marks, labelled by stage, with a
 * sentence, the measure's definition, a one-line source and the numbers as a table. A gap is drawn
 * as "Not available" with its reason, never filled in. `terms`: the glossary terms the page first uses here.
 */
export function StageChart({
  id,
  title,
  rows,
  cited,
  terms,
}: {
  id: string;
  title: string;
  rows: readonly SubtypeSurvivalRow[];
  cited: readonly Source[];
  terms: readonly GlossaryId[];
}) {
  const first = rows[0];
  if (!first) return null;
  const takeaway = stageTakeaway(rows);
  const sources = [...new Set(rows.map((row) => row.sourceId))];
  const periods = [...new Set(rows.map((row) => `${periodPhrase(row.period, row.periodKind)}; ${row.registry}`))];
  const gloss = glossFirstUses(terms);
  return (
    <figure className="stage-chart" aria-labelledby={`${id}-heading`} data-testid={id}>
      <h3 id={`${id}-heading`}>{title}</h3>
      <p className="takeaway">{gloss(takeaway)}</p>
      <p className="muted">{gloss(first.definition)}</p>
      <BarChart title={title} summary={takeaway} data={stageBars(rows, "plain")} domainMax={100} tickSuffix="%" />
      <SourceNote sourceIds={sources} cited={cited} detail={`${periods.join(". ")}.`} />
      <TableView title={title} label="Show the numbers as a table" open={false}>
        <FigureTable
          caption={title}
          labelHeaders={["Stage"]}
          valueHeader={first.measure === "five-year-relative" ? "5-year relative survival" : "4-year survival"}
          rows={rows.map((row) => ({
            key: row.id,
            labels: [STAGE_LABELS[row.stage].label],
            valueText: formatFigure(row),
            period: row.period,
            note: row.value === null ? row.unavailableReason : row.note,
          }))}
        />
      </TableView>
    </figure>
  );
}
