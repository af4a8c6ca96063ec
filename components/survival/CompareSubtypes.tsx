"use client";
import { ChartFrame } from "@/components/chart/ChartFrame";
import { FigureTable } from "@/components/chart/FigureTable";
import { NoScriptSubmit } from "@/components/layout/NoScriptSubmit";
import { COMPARE_TITLE, comparePanels } from "@/lib/charts/compare";
import { SURVIVAL_DEFAULTS, survivalSearch } from "@/lib/charts/survival-state";
import type { Wording } from "@/lib/charts/wording";
import { citationsFor } from "@/lib/datasets/citations";
import type { Source, SurvivalRow } from "@/lib/datasets/schemas";
import { SUBTYPE_IDS, SUBTYPES, type SubtypeId } from "@/lib/subtypes";
import { CompareFigure, CompareSentence } from "./CompareFigure";
import { GlossedText } from "@/components/glossary/GlossedText";

export interface CompareSubtypesProps {
  rows: readonly SurvivalRow[];
  sources: readonly Source[];
  pair: [SubtypeId, SubtypeId];
  wording: Wording;
  tableOpen: boolean;
  onChange: (pair: [SubtypeId, SubtypeId]) => void;
}

/**
 * For patients: two subtypes side by side as "out of 100 people", with one plain sentence. Its
 * selects belong to the survival page's one GET form; each offers every subtype but the other
 * side's, so the pair can never name one subtype twice.
 */
export function CompareSubtypes({ rows, sources, pair, wording, tableOpen, onChange }: CompareSubtypesProps) {
  const panels = comparePanels(rows, pair);
  const shown = panels.map((panel) => panel.row);
  const compareQuery = `compare=${pair.join(",")}`;
  const apiQuery = new URLSearchParams({ measure: "four-year-cause-specific", stage: "all", subtype: pair.join(","), period: [...new Set(shown.map((row) => row.period))].join(",") });

  return (
    <ChartFrame
      id="compare"
      title={COMPARE_TITLE}
      takeaway={<CompareSentence rows={rows} pair={pair} render={(sentence) => <GlossedText text={sentence} terms={["triple-negative"]} />} />}
      controls={
        <div className="controls">
          {pair.map((selected, side) => (
            <div className="control" key={side}>
              <label htmlFor={`compare-${side}`}>{side === 0 ? "First subtype" : "Second subtype"}</label>
              <select
                id={`compare-${side}`}
                name="compare"
                value={selected}
                onChange={(e) => {
                  const next: [SubtypeId, SubtypeId] = [...pair];
                  next[side] = e.target.value as SubtypeId;
                  onChange(next);
                }}
              >
                {SUBTYPE_IDS.filter((id) => id !== pair[1 - side]).map((id) => (
                  <option key={id} value={id}>
                    {SUBTYPES[id].label} ({SUBTYPES[id].plainName})
                  </option>
                ))}
              </select>
            </div>
          ))}
          <NoScriptSubmit label="Update comparison" />
        </div>
      }
      table={
        <FigureTable
          caption={COMPARE_TITLE}
          labelHeaders={["Subtype", "Out of 100 people"]}
          valueHeader="4-year breast cancer-specific survival"
          rows={panels.map((panel) => ({ key: panel.row.id, labels: [SUBTYPES[panel.subtype].label, `about ${panel.filled}`], valueText: panel.figure, period: panel.row.period, note: panel.row.note }))}
        />
      }
      citations={citationsFor(shown, sources)}
      apiPath={`/api/survival?${apiQuery.toString()}`}
      imagePath={`/api/charts/compare?${compareQuery}`}
      embed={{ chart: "compare", search: survivalSearch({ ...SURVIVAL_DEFAULTS, compare: pair }) }}
      tableOpen={tableOpen}
    >
      <CompareFigure
        rows={rows}
        pair={pair}
        wording={wording}
        withSentence={false}
        renderCaveat={(caveat) => <GlossedText text={caveat} terms={["her2-positive"]} />}
      />
    </ChartFrame>
  );
}
