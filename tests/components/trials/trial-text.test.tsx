// /trials' notes open with the endpoint in words, so the glossary's entry for it is linked at its first use.
import { render } from "@testing-library/react";
import { expect, it } from "vitest";
import { glossFirstUses } from "@/components/glossary/GlossedText";
import { TRIAL_TERMS, trialTexts } from "@/components/trials/trial-text";
import { trialView } from "@/lib/charts/trial-view";
import { knownAnalysis } from "@/lib/trials/analysis";

it.each([
  ["cleopatra-os", "overall-survival"],
  ["cleopatra-pfs", "progression-free-survival"],
])("%s: the notes name the endpoint and link its definition (%s)", (id, term) => {
  const analysis = knownAnalysis(id);
  const text = trialTexts(trialView(analysis), "", analysis.trial.population, analysis.endpoint.endpoint);
  expect(text.notes[0]).toMatch(new RegExp(`^The endpoint here is ${analysis.endpoint.endpoint.replace(/[()]/g, "\\$&")}\\. `));
  const gloss = glossFirstUses(TRIAL_TERMS);
  const { container } = render(<p>{gloss(text.notes[0] ?? "")}</p>);
  expect(container.querySelector(`[data-term="${term}"]`)).not.toBeNull();
});
