"use client";
import { WORDINGS, type Wording } from "@/lib/charts/wording";

const LABELS: Record<Wording, string> = { plain: "Plain language", details: "Details" };

/** "Plain language / details": radio buttons named like the URL parameter, so they work in a GET form. */
export function WordingSwitch({ wording, onChange, name = "wording" }: { wording: Wording; onChange: (next: Wording) => void; name?: string }) {
  return (
    <fieldset className="wording-switch">
      <legend>Wording</legend>
      {WORDINGS.map((value) => (
        <label key={value}>
          <input type="radio" name={name} value={value} checked={wording === value} onChange={() => onChange(value)} /> {LABELS[value]}
        </label>
      ))}
    </fieldset>
  );
}
