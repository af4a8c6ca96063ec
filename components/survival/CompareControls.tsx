"use client";
import type { ReactNode } from "react";
import { useExplorerState } from "@/components/layout/ExplorerForm";
import { NoScriptSubmit } from "@/components/layout/NoScriptSubmit";
import type { SurvivalViewState } from "@/lib/charts/survival-state";
import { SUBTYPE_IDS, SUBTYPES, type SubtypeId } from "@/lib/subtypes";

/**
 * The comparison's two selects, in the survival page's one GET form: each offers every subtype but
 * the other side's, so the pair can never name one subtype twice. An option names the subtype by
 * its label (a long plain name would be cut off in a phone-width select); the plain name shows under it,
 * as the server rendered it for the pair shown (with its glossary link), else as text until the
 * server's view for a new pair arrives.
 */
export function CompareControls({ plainNames }: { plainNames: Partial<Record<SubtypeId, ReactNode>> }) {
  const { state, update } = useExplorerState<SurvivalViewState>();
  const pair = state.compare;
  return (
    <>
      {pair.map((selected, side) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the first and second choice are sides, not list items
        <div className="control" key={side}>
          <label htmlFor={`compare-${side}`}>{side === 0 ? "First subtype" : "Second subtype"}</label>
          <select
            id={`compare-${side}`}
            name="compare"
            aria-describedby={`compare-${side}-name`}
            value={selected}
            onChange={(e) => {
              const next: [SubtypeId, SubtypeId] = [...pair];
              next[side] = e.target.value as SubtypeId;
              update({ ...state, compare: next });
            }}
          >
            {SUBTYPE_IDS.filter((id) => id !== pair[1 - side]).map((id) => (
              <option key={id} value={id}>
                {SUBTYPES[id].label}
              </option>
            ))}
          </select>
          <small id={`compare-${side}-name`} className="muted">
            {plainNames[selected] ?? SUBTYPES[selected].plainName}
          </small>
        </div>
      ))}
      <NoScriptSubmit label="Update comparison" />
    </>
  );
}

/** The switch to four-year survival in the chart: a link without JavaScript, a change of state with it. */
export function FourYearLink({ search }: { search: string }) {
  const { state, update } = useExplorerState<SurvivalViewState>();
  return (
    <a
      href={`/survival${search}#survival-chart`}
      onClick={(event) => {
        event.preventDefault();
        update({ ...state, measure: "four-year-cause-specific" });
      }}
    >
      Show four-year survival in the chart too
    </a>
  );
}
