import { FigureTable } from "@/components/chart/FigureTable";
import type { SurvivalViewState } from "@/lib/charts/survival-state";
import type { SubtypeSurvivalRow } from "@/lib/datasets/schemas";
import { STAGE_LABELS } from "@/lib/datasets/survival-dimensions";
import { formatFigure } from "@/lib/format";

/** The table view of survival figures: one row per figure shown, a gap with its reason. */
export function SurvivalTable({ caption, measure, rows }: { caption: string; measure: SurvivalViewState["measure"]; rows: readonly SubtypeSurvivalRow[] }) {
  return (
    <FigureTable
      caption={caption}
      labelHeaders={["Subtype", "Stage"]}
      valueHeader={measure === "four-year-cause-specific" ? "4-year survival" : "5-year relative survival"}
      rows={rows.map((row) => ({
        key: row.id,
        labels: [{ subtype: row.subtype }, STAGE_LABELS[row.stage].label],
        valueText: formatFigure(row),
        period: row.period,
        note: row.value === null ? row.unavailableReason : row.note,
      }))}
    />
  );
}
