/**
 * The /trials page's prose in reading order, so the glossary links each term where the page first
 * uses it (glossFirstUses is called once per text, in order). Server-only: it reads the view.
 */
import type { TrialView } from "@/lib/charts/trial-view";

/** Every glossary term the page's prose can use, whichever endpoint it shows. */
export const TRIAL_TERMS = [
  "hazard-ratio",
  "kaplan-meier",
  "confidence-interval",
  "log-rank-test",
  "median",
  "overall-survival",
  "progression-free-survival",
  "her2-positive",
  "metastatic",
  "early-breast-cancer",
  "adjuvant",
  "neoadjuvant",
  "t-dm1",
  "her2-targeted",
] as const;

export interface TrialTexts {
  takeaway: string;
  reader: string;
  notes: string[];
  reconstruction: string;
  provenance: string[];
}

/** `endpoint`: the endpoint in words, as the reference names it ("overall survival"); the notes open with it, so the glossary defines it there. */
export function trialTexts(view: TrialView, reconstructionNote: string, population: string, endpoint: string): TrialTexts {
  const alive = view.yLabel.replace(/^Share (.*) \(%\)$/, "$1");
  return {
    takeaway: view.takeaway,
    reader: view.reader,
    notes: [
      `The endpoint here is ${endpoint}. Each line is a Kaplan–Meier estimate: the share of patients still ${alive}, month by month since they were randomly assigned to a treatment. The shaded band is its 95% confidence interval; a small tick marks a patient whose follow-up ended without an event (censored). Under the axis, the number of patients still followed.`,
      "A hazard ratio below 1 means the events came more slowly with the experimental treatment. Ours comes from a Cox model with one covariate (the arm), with the log-rank test; the papers often stratified theirs, and their patients are the real ones.",
    ],
    reconstruction: reconstructionNote,
    provenance: [
      "The patients behind each curve were reconstructed from the paper’s published Kaplan–Meier figure and its printed numbers at risk (the method of Guyot and colleagues), in the kmdata package by Redd, Fell and Rahman, released under the MIT licence (copyright 2021 Robert Redd). They are not the trials’ own records. We compute every figure on this page from them: the curves, intervals and medians as R’s survival package does, the hazard ratio from a Cox model, and the log-rank test; each is checked against R in our tests.",
      `The trial enrolled ${population}. A trial compares treatments on average over the people in it: it is not a forecast for one person, and today’s treatment may differ from what either arm received. Talk it over with your care team.`,
    ],
  };
}
