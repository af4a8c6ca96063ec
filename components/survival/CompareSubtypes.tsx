import { ChartFrame } from "@/components/chart/ChartFrame";
import { FigureTable } from "@/components/chart/FigureTable";
import { GlossedText, glossFirstUses } from "@/components/glossary/GlossedText";
import { COMPARE_TITLE, comparePanels } from "@/lib/charts/compare";
import { SURVIVAL_DEFAULTS, type SurvivalViewState, survivalSearch } from "@/lib/charts/survival-state";
import type { Wording } from "@/lib/charts/wording";
import { citationsFor } from "@/lib/datasets/citations";
import { formatPeriod } from "@/lib/datasets/dimensions";
import type { Source, SurvivalRow } from "@/lib/datasets/schemas";
import { termsNotUsedIn } from "@/lib/glossary/phrases";
import { SUBTYPES, type SubtypeId } from "@/lib/subtypes";
import { CompareControls, FourYearLink } from "./CompareControls";
import { CompareFigure, CompareSentence } from "./CompareFigure";

export interface CompareSubtypesProps {
  rows: readonly SurvivalRow[];
  sources: readonly Source[];
  pair: [SubtypeId, SubtypeId];
  wording: Wording;
  tableOpen: boolean;
  /** The chart's measure: the comparison is four-year only, and says so when the chart shows another. */
  measure: SurvivalViewState["measure"];
  /** The page's query with the four-year measure, for the switch to it (a link that works without JavaScript). */
  fourYearSearch: string;
}

/**
 * For patients: two subtypes side by side as "out of 100 people", with one plain sentence. Its
 * selects (CompareControls) belong to the survival page's one GET form. Only four-year survival
 * reads as people out of 100, so with the five-year chart it says so.
 */
export function CompareSubtypes({ rows, sources, pair, wording, tableOpen, measure, fourYearSearch }: CompareSubtypesProps) {
  const panels = comparePanels(rows, pair);
  const shown = panels.map((panel) => panel.row);
  const compareQuery = `compare=${pair.join(",")}`;
  // The subtypes' plain names under the pickers come first on the page: linked here, on the server, for
  // the pair shown; the caveat links what they did not.
  const plainNames = pair.map((id) => SUBTYPES[id].plainName);
  const glossPlainName = glossFirstUses(["her2-positive"]);
  const glossedNames = Object.fromEntries(pair.map((id) => [id, glossPlainName(SUBTYPES[id].plainName)]));
  const caveatTerms = termsNotUsedIn(["her2-positive"], plainNames);
  const apiQuery = new URLSearchParams({
    measure: "four-year-cause-specific",
    stage: "all",
    subtype: pair.join(","),
    period: [...new Set(shown.map((row) => row.period))].join(","),
  });

  return (
    <ChartFrame
      id="compare"
      title={COMPARE_TITLE}
      takeaway={<CompareSentence rows={rows} pair={pair} render={(sentence) => <GlossedText text={sentence} terms={["triple-negative"]} />} />}
      citeInPage
      controls={
        <div className="controls compare-controls">
          {measure !== "four-year-cause-specific" && <FourYearOnly rows={shown} search={fourYearSearch} />}
          <CompareControls plainNames={glossedNames} />
        </div>
      }
      table={
        <FigureTable
          caption={COMPARE_TITLE}
          labelHeaders={["Subtype", "Out of 100 people"]}
          valueHeader="4-year breast cancer-specific survival"
          rows={panels.map((panel) => ({
            key: panel.row.id,
            labels: [{ subtype: panel.subtype }, `about ${panel.filled}`],
            valueText: panel.figure,
            period: panel.row.period,
            note: panel.row.note,
          }))}
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
        renderCaveat={(caveat) => <GlossedText text={caveat} terms={caveatTerms} />}
      />
    </ChartFrame>
  );
}

/** With the five-year chart above: this comparison stays four-year, why, and the switch to the four-year chart. */
function FourYearOnly({ rows, search }: { rows: readonly SurvivalRow[]; search: string }) {
  const years = [...new Set(rows.map((row) => formatPeriod(row.period)))].join(", ");
  return (
    <p className="notice" data-testid="compare-four-year-only">
      This comparison uses <strong>four-year</strong> breast cancer-specific survival (diagnosed {years}), which counts people out of 100. Five-year relative
      survival, in the chart above, compares people with cancer with people without it, so it cannot be drawn that way. <FourYearLink search={search} />
    </p>
  );
}
