/**
 * One patient's PREDICT result as the page and the image say it: the answer sentence, who is alive
 * and who died at 5, 10 and 15 years split by treatment, the 100 people of the icon array, and the
 * curves. Whole percentages in words (as PREDICT shows them); exact values stay in the table and API.
 */
import { formatNumber } from "../format";
import type { PredictInput } from "../predict/inputs";
import type { PredictResult, TreatmentOutcome } from "../predict/model";
import { TREATMENTS, type TreatmentName } from "../predict/treatments";
import { OUTCOME_STYLES, type OutcomeCategory, outcomeColorVar } from "./outcome-style";

export const OUTCOME_YEARS = [5, 10, 15] as const;
/** The year of the answer sentence and the icon array. */
/** What the model leaves out for HER2-positive cancer: said with the limits, and beside a HER2-positive patient's result. */
export const NEWER_HER2_DRUGS =
  "Newer HER2 drugs are not in the model: pertuzumab, T-DM1 after residual disease, neratinib and trastuzumab deruxtecan (T-DXd). Trastuzumab is the only HER2 drug it counts.";

/** The caveat a patient's result carries on the page and in the embed alike: NEWER_HER2_DRUGS for a HER2-positive cancer, else none. */
export function her2DrugsCaveat(input: PredictInput): string | null {
  return input.her2 === 1 ? NEWER_HER2_DRUGS : null;
}

export const HEADLINE_YEAR = 10;

/** The sequence with every treatment chosen (a step not given leaves it as the one before), and without any. */
const CHOSEN: TreatmentName = "radioHormone5ChemoTrazBis";
const NONE: TreatmentName = "surgeryOnly";
/** Each step of the 5-year-hormone sequence after surgery, the category it adds, and its sequence. */
const STEPS: readonly { category: OutcomeCategory; treatment: TreatmentName }[] = [
  { category: "radio", treatment: "radio" },
  { category: "horm", treatment: "radioHormone5" },
  { category: "generation", treatment: "radioHormone5Chemo" },
  { category: "traz", treatment: "radioHormone5ChemoTraz" },
  { category: "bis", treatment: "radioHormone5ChemoTrazBis" },
];

export interface OutcomeSegment {
  category: OutcomeCategory;
  label: string;
  color: string;
  /** Percent of women; a treatment's segment is what it adds to those alive (never negative: see harms). */
  value: number;
}

export interface OutcomeYear {
  year: number;
  segments: OutcomeSegment[];
  /** Treatments the model says lower survival at this year (a harm it counts), with how much. */
  harms: { category: OutcomeCategory; value: number }[];
}

export interface OutcomesView {
  headline: string;
  years: OutcomeYear[];
  /** The icon array at HEADLINE_YEAR: whole women per category, adding up to 100. */
  icons: { category: OutcomeCategory; label: string; color: string; count: number }[];
  /** All-cause survival from 100 at surgery to year 15, with the treatments chosen and with surgery alone. */
  curves: { chosen: number[]; surgeryOnly: number[] };
  /** The treatments the patient's inputs give, by category. */
  given: OutcomeCategory[];
}

const whole = (value: number) => formatNumber(value, 0);

export function outcomeOf(result: PredictResult, name: TreatmentName): TreatmentOutcome {
  return result.results.find((r) => r.treatment === name) as TreatmentOutcome;
}

/** The treatments an input gives (chemotherapy is any generation but 0). */
export function givenSteps(input: PredictInput): OutcomeCategory[] {
  const given: Record<string, boolean> = {
    radio: input.radio === 1,
    horm: input.horm === 1,
    generation: input.generation !== 0,
    traz: input.traz === 1,
    bis: input.bis === 1,
  };
  return STEPS.map((step) => step.category).filter((category) => given[category]);
}

export function outcomesView(input: PredictInput, result: PredictResult): OutcomesView {
  const chosen = outcomeOf(result, CHOSEN);
  const none = outcomeOf(result, NONE);
  const at = (series: readonly number[], year: number) => series[year - 1] ?? 0;
  const given = givenSteps(input);
  const years = OUTCOME_YEARS.map((year) => yearView(result, given, year));
  const headlineYear = years.find((y) => y.year === HEADLINE_YEAR) as OutcomeYear;
  const treatments = given.length > 0;
  return {
    headline: treatments
      ? `Of 100 women like this, about ${whole(at(chosen.allCauseSurvival, HEADLINE_YEAR))} are alive ${HEADLINE_YEAR} years after surgery with the treatments chosen; without them, about ${whole(at(none.allCauseSurvival, HEADLINE_YEAR))}.`
      : `Of 100 women like this, about ${whole(at(none.allCauseSurvival, HEADLINE_YEAR))} are alive ${HEADLINE_YEAR} years after surgery, with surgery alone.`,
    years,
    icons: iconCounts(headlineYear.segments),
    curves: { chosen: [100, ...chosen.allCauseSurvival], surgeryOnly: [100, ...none.allCauseSurvival] },
    given,
  };
}

function segment(category: OutcomeCategory, value: number, label = OUTCOME_STYLES[category].label): OutcomeSegment {
  return { category, label, color: outcomeColorVar(category), value };
}

/** The survivors' segment where a harm is counted: alive with surgery alone, less those the harm costs. */
const ALIVE_EITHER_WAY = "Alive with or without the treatments";

/**
 * Alive with surgery alone, what each treatment given adds, then the deaths of the chosen sequence:
 * the segments add up to 100. A treatment the model says lowers survival (the harm it counts for
 * chemotherapy and for radiation to the heart) adds no segment of its own: the women alive with
 * surgery alone split into those alive either way and those the harm costs, who are counted out of
 * the deaths from other causes (where PREDICT counts them), and the harm is listed so the page can say it.
 */
function yearView(result: PredictResult, given: readonly OutcomeCategory[], year: number): OutcomeYear {
  const alive = (name: TreatmentName) => outcomeOf(result, name).allCauseSurvival[year - 1] ?? 0;
  let previous = alive(NONE);
  const gains: OutcomeSegment[] = [];
  const harms: OutcomeYear["harms"] = [];
  for (const step of STEPS) {
    // A step not given changes nothing, except that PREDICT counts a heart dose even without
    // radiotherapy (benefits32 does; the page asks for 0 then): whatever changes is shown.
    const change = alive(step.treatment) - previous;
    previous = alive(step.treatment);
    if (change > 0 || (change === 0 && given.includes(step.category))) gains.push(segment(step.category, change));
    else if (change < 0) harms.push({ category: step.category, value: -change });
  }
  const harm = harms.reduce((sum, h) => sum + h.value, 0);
  const chosen = outcomeOf(result, CHOSEN);
  return {
    year,
    segments: [
      harm > 0 ? segment("surgery", alive(NONE) - harm, ALIVE_EITHER_WAY) : segment("surgery", alive(NONE)),
      ...gains,
      ...(harm > 0 ? [segment("harm", harm)] : []),
      segment("breast", chosen.breastCancerDeaths[year - 1] ?? 0),
      segment("other", (chosen.otherDeaths[year - 1] ?? 0) - harm),
    ],
    harms,
  };
}

/** The categories of women not alive at the year: a treatment's harm, breast cancer, other causes. */
const DIED: readonly OutcomeCategory[] = ["harm", "breast", "other"];

/** A year's segments as whole women, in the segments' order (the icon array's counts, at its year). */
export function wholeWomen(year: OutcomeYear): number[] {
  return iconCounts(year.segments).map((icon) => icon.count);
}

/**
 * Whole women per category, adding up to 100, with as many alive as the headline says: the alive
 * total is rounded as the sentence rounds it, then shared among the alive categories and the rest
 * among those who died, largest remainders first. (Sharing all 100 at once could draw 91 alive
 * under a sentence saying 92.)
 */
function iconCounts(segments: readonly OutcomeSegment[]): OutcomesView["icons"] {
  const died = (s: OutcomeSegment) => DIED.includes(s.category);
  const living = segments.filter((s) => !died(s));
  const aliveCount = Number(whole(living.reduce((sum, s) => sum + s.value, 0)));
  const alive = shareOut(living, aliveCount);
  const dead = shareOut(segments.filter(died), 100 - aliveCount);
  return segments.map((s) => ({ category: s.category, label: s.label, color: s.color, count: (died(s) ? dead : alive).get(s) ?? 0 }));
}

/** `total` whole women among `segments`: each its value's floor, then one more each by largest remainder. */
function shareOut(segments: readonly OutcomeSegment[], total: number): Map<OutcomeSegment, number> {
  const counts = new Map(segments.map((s) => [s, Math.floor(s.value)]));
  let spare = total - segments.reduce((sum, s) => sum + Math.floor(s.value), 0);
  for (const s of [...segments].sort((a, b) => b.value - Math.floor(b.value) - (a.value - Math.floor(a.value)))) {
    if (spare <= 0) break;
    counts.set(s, (counts.get(s) ?? 0) + 1);
    spare -= 1;
  }
  return counts;
}

/** The treatment labels in the order PREDICT reports them, for tables. */
export const TREATMENT_LABELS: Record<TreatmentName, string> = Object.fromEntries(TREATMENTS.map((t) => [t.name, t.label])) as Record<TreatmentName, string>;

const STATUS = (value: number, name: string) => (value === 1 ? `${name}+` : value === 0 ? `${name}−` : `${name} not known`);

/** The patient in one line, for an image or a slide that cannot show the form. */
export function patientSummary(input: PredictInput): string {
  const treatments = [
    input.generation !== 0 && "chemotherapy",
    input.horm === 1 && "hormone therapy",
    input.traz === 1 && "trastuzumab",
    input.bis === 1 && "a bisphosphonate",
    input.radio === 1 && "radiotherapy",
  ].filter(Boolean);
  return [
    `Age ${formatNumber(input.age, input.age % 1 === 0 ? 0 : 1)}`,
    `${formatNumber(input.size, input.size % 1 === 0 ? 0 : 1)} mm`,
    input.grade === 9 ? "grade not known" : `grade ${input.grade}`,
    `${input.nodes} positive ${input.nodes === 1 ? "node" : "nodes"}`,
    STATUS(input.er, "ER"),
    STATUS(input.pr, "PR"),
    STATUS(input.her2, "HER2"),
    treatments.length > 0 ? `treated with ${treatments.join(", ")}` : "no treatment after surgery",
  ].join(", ");
}

/**
 * "In this model, radiotherapy lowers the number alive at 10 years by 0.4 in 100; …": the harms the
 * model counts (chemotherapy, radiation to the heart), said by treatment wherever the bars show their
 * sum as one segment. Empty when none.
 */
export function harmSentence(view: OutcomesView): string {
  const year = view.years.find((y) => y.year === HEADLINE_YEAR);
  if (!year || year.harms.length === 0) return "";
  const each = year.harms.map(
    (harm) =>
      `${OUTCOME_STYLES[harm.category].label.replace(/^Extra alive with /, "")} lowers the number alive at ${HEADLINE_YEAR} years by ${formatNumber(harm.value, 1)} in 100`,
  );
  return `In this model, ${each.join("; ")}: it counts the harm of chemotherapy and of radiation to the heart, as deaths from other causes.`;
}

/** The model, credited in one line for images, embeds and slides. */
export function predictSourceLine(): string {
  return "PREDICT Breast v3.2 (model by Paul Pharoah; R package predictv30r 0.3.2, Winton Centre, University of Cambridge; MIT licence), computed by HER2 Atlas from its published formulae. Outcomes for women like this one, not a forecast for one person.";
}
