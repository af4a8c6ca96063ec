import { SourceLine } from "@/components/chart/SourceLine";
import { LegendSwatch } from "@/components/charts/LegendSwatch";
import { survivalCaveat } from "@/lib/charts/compare";
import { citationsFor } from "@/lib/datasets/citations";
import type { Source, SubtypeSurvivalRow } from "@/lib/datasets/schemas";
import { FOUR_YEAR_OUTCOME } from "@/lib/datasets/survival-dimensions";
import { formatFigure } from "@/lib/format";
import { SUBTYPE_IDS, SUBTYPES, subtypePath } from "@/lib/subtypes";
import { subtypeColorVar } from "@/lib/theme";

/** The four subtype pages as cards: label (the link), plain name and the four-year figure each page opens with, and what those figures are not. */
export function SubtypePageLinks({ fourYear, sources }: { fourYear: readonly SubtypeSurvivalRow[]; sources: readonly Source[] }) {
  const shown = SUBTYPE_IDS.flatMap((id) => fourYear.filter((row) => row.subtype === id));
  return (
    <nav aria-labelledby="subtype-pages-heading" className="subtype-page-links">
      <h2 id="subtype-pages-heading">A page for each subtype</h2>
      <ul className="card-grid">
        {SUBTYPE_IDS.map((id) => {
          const row = shown.find((r) => r.subtype === id);
          return (
            <li key={id} className="card" style={{ borderTopColor: subtypeColorVar(id) }} data-testid="subtype-page-link">
              <h3>
                <LegendSwatch marker={SUBTYPES[id].marker} color={subtypeColorVar(id)} />
                <a href={subtypePath(id)}>{SUBTYPES[id].label}</a>
              </h3>
              <p className="muted">{SUBTYPES[id].plainName}</p>
              <p>
                <span className="figure-value">{row ? formatFigure(row) : "Not available"}</span> {FOUR_YEAR_OUTCOME}
              </p>
            </li>
          );
        })}
      </ul>
      <p className="muted" data-testid="subtype-cards-caveat">
        {survivalCaveat(shown, SUBTYPE_IDS)}
      </p>
      <SourceLine citations={citationsFor(shown, sources)} />
    </nav>
  );
}
