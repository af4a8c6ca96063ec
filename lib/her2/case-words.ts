/**
 * A case said in a few words, for the routes into an outcome, the presenter and the batch table.
 * Apart from case-draft, whose module the /testing page loads at once: only what opens later needs it.
 */

import type { CaseFields } from "./case-draft";
import { HER2_PARAMETERS, type Her2Parameter } from "./input";

const FIELD_WORDS: Record<Her2Parameter, (value: string) => string> = {
  // A batch cell may already name the test ("IHC 2+", as pathology reports write it).
  ihc: (value) => (/^\s*ihc/i.test(value) ? value.trim() : `IHC ${value}`),
  ultralow: (value) => (value === "true" ? "faint staining (ultralow)" : "no staining (null)"),
  ratio: (value) => `ratio ${value}`,
  copies: (value) => `${value} copies`,
  cep17: (value) => `CEP17 ${value}`,
  recountRatio: (value) => `recount ratio ${value}`,
  recountCopies: (value) => `recount ${value} copies`,
  assay: (value) => (value === "single" ? "single-probe ISH" : "dual-probe ISH"),
};

/** A case in a few words: "IHC 2+, ratio 2.5, 5.0 copies". */
export function describeFields(fields: CaseFields): string {
  const words = HER2_PARAMETERS.flatMap((name) => {
    const value = fields[name];
    return value === undefined ? [] : [FIELD_WORDS[name](value)];
  });
  return fields.ihc === undefined ? ["no IHC", ...words].join(", ") : words.join(", ");
}
