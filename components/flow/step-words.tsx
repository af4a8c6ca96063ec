import type { ReactNode } from "react";
import { GlossedText } from "@/components/glossary/GlossedText";
import type { NumericField } from "@/lib/her2/case-draft";
import { fieldNames } from "@/lib/her2/field-message";
import { IHC_CALL_CAUTION } from "@/lib/her2/ihc-caution";
import { IHC_CRITERIA, type IhcScoreText, ULTRALOW_CHOICES, type UltralowAnswer } from "@/lib/her2/ihc-criteria";
import { NEXT_STEP_TEXT, TEST_TEXT } from "@/lib/her2/text";

/**
 * The stepper's words: the questions' help, each answer's criterion and each ISH field's label and
 * hint. They never change, so the server hands them to the Stepper and they are not page JavaScript.
 */
export interface StepWords {
  ihcHelp: ReactNode;
  ultralowHelp: ReactNode;
  recountHelp: ReactNode;
  criteria: Record<IhcScoreText, string>;
  ultralowChoices: Record<UltralowAnswer, string>;
  fields: Record<NumericField, { label: string; hint: string }>;
  /** The result line while there is no result; a screen reader hears the "invalid" one. */
  noResult: { waiting: string; needs: string; needsOptional: string; invalid: string };
  /** Beside a number the server left out: what was sent is not repeated (it may not be the reader's). */
  unread: string;
  /** How the parser's messages name each field (fieldMessage). */
  fieldNames: Record<string, string>;
  /** Each step's heading, the two ISH tests, and the hint of the IHC answer "Not done". */
  headings: Record<"ihc" | "ultralow" | "ish" | "assay" | "optionalIsh" | "recount", string>;
  assays: Record<"dual" | "single", string>;
  noIhcHint: string;
}

const FIELDS: StepWords["fields"] = {
  ratio: { label: "HER2/CEP17 ratio", hint: "HER2 signals ÷ CEP17 signals, as on the report, e.g. 2.1." },
  copies: { label: "Average HER2 copies per cell", hint: "Average HER2 signals per cell, e.g. 4.5." },
  cep17: { label: "Average CEP17 signals per cell (optional)", hint: "Checks the ratio, or stands in for it." },
  recountRatio: { label: "Recount: HER2/CEP17 ratio", hint: "From the second, blinded count." },
  recountCopies: { label: "Recount: average HER2 copies per cell", hint: "From the second, blinded count." },
};

export const STEP_WORDS: StepWords = {
  ihcHelp: <GlossedText text={TEST_TEXT.ihc} terms={["her2"]} />,
  ultralowHelp: `This splits IHC 0 into the trial and drug-label sub-groups HER2-ultralow and HER2-null. ${IHC_CALL_CAUTION.ultralowOrNull.plain}`,
  recountHelp: NEXT_STEP_TEXT.recount.plain,
  criteria: IHC_CRITERIA,
  ultralowChoices: ULTRALOW_CHOICES,
  fields: FIELDS,
  fieldNames: fieldNames(FIELDS),
  noResult: {
    waiting: "Answer the questions below: the result shows here.",
    needs: "No result yet: the result needs",
    needsOptional: "No result yet: to add the optional ISH result, give",
    invalid: "No result yet: check the value marked in the form.",
  },
  unread: "The value sent could not be read as a number, so it was left out: type it again.",
  headings: {
    ihc: "IHC (protein test) score",
    ultralow: "With IHC 0: was any faint staining seen?",
    ish: "ISH (gene test) result",
    assay: "Which ISH test?",
    optionalIsh: "Also have an ISH (gene test) result? (optional)",
    recount: "Blinded recount",
  },
  assays: { dual: "Dual-probe (HER2 and CEP17)", single: "Single-probe (HER2 only)" },
  noIhcHint: "Only a gene test (ISH) result is available.",
};
