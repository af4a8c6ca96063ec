"use client";
import { useId } from "react";
import { WORDINGS, type Wording } from "@/lib/charts/wording";

const LABELS: Record<Wording, string> = { plain: "Plain language", details: "Details" };

/**
 * "Plain language / details": radio buttons named like the URL parameter, so they work in a GET form.
 * Plain shows the answer and the chart; details rewords it for researchers and opens the tables,
 * notes, definitions and methods (WordingContext), as the hint beside it says.
 */
export function WordingSwitch({ selected: wording, onChange, name = "wording" }: { selected: Wording; onChange: (next: Wording) => void; name?: string }) {
  const hint = useId();
  return (
    <fieldset className="wording-switch" aria-describedby={hint}>
      <legend>Wording</legend>
      {WORDINGS.map((value) => (
        <label key={value}>
          <input type="radio" name={name} value={value} checked={wording === value} onChange={() => onChange(value)} /> {LABELS[value]}
        </label>
      ))}
      <small id={hint} className="wording-hint">
        {wording === "details" ? "Showing tables, notes, definitions and methods." : "Details adds tables, notes, definitions and methods."}
      </small>
    </fieldset>
  );
}
