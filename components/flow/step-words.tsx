import type { ReactNode } from "react";
import { GlossedText } from "@/components/glossary/GlossedText";
import type { NumericField } from "@/lib/her2/case-draft";
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
}

export const STEP_WORDS: StepWords = {
  ihcHelp: <GlossedText text={TEST_TEXT.ihc} terms={["her2"]} />,
  ultralowHelp: `This splits IHC 0 into the trial and drug-label sub-groups HER2-ultralow and HER2-null. ${IHC_CALL_CAUTION.ultralowOrNull.plain}`,
  recountHelp: NEXT_STEP_TEXT.recount.plain,
  criteria: IHC_CRITERIA,
  ultralowChoices: ULTRALOW_CHOICES,
  fields: {
    ratio: { label: "HER2/CEP17 ratio", hint: "HER2 signals ÷ CEP17 signals, as on the report, e.g. 2.1." },
    copies: { label: "Average HER2 copies per cell", hint: "Average HER2 signals per cell, e.g. 4.5." },
    cep17: { label: "Average CEP17 signals per cell (optional)", hint: "Checks the ratio, or stands in for it." },
    recountRatio: { label: "Recount: HER2/CEP17 ratio", hint: "From the second, blinded count." },
    recountCopies: { label: "Recount: average HER2 copies per cell", hint: "From the second, blinded count." },
  },
};
