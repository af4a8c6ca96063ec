/**
 * A trial endpoint as the chart and the page say it: each arm's curve and censored times, the time
 * axis, the numbers at risk under it, the stops a keyboard walks along, and the sentences (the
 * takeaway with the hazard ratio, and the reader's "of 100 people" sentence).
 */
import { shortCitation } from "../datasets/citations";
import type { Source } from "../datasets/schemas";
import { type EndpointKind, shownFigures, type Trial } from "../datasets/trials-schema";
import { formatNumber, lowerFirst } from "../format";
import type { ArmAnalysis, EndpointAnalysis } from "../trials/analysis";
import { curvePoints } from "../trials/curve";
import { endpointTitle } from "../trials/data";
import { type SurvivalPoint, survivalAt } from "../trials/statistics";
import { ARM_STYLES, type ArmRole, armColorVar } from "./trial-style";

/**
 * What the curve counts, in words: the y axis, the takeaway's event, the reader's outcome. The
 * reference names each endpoint but defines none, and trials count different events under one name
 * (a second cancer is a disease-free survival event in some, not in others): beyond overall and
 * progression-free survival, the words restate the endpoint's name and claim no list of events.
 */
export const ENDPOINT_WORDS: Record<EndpointKind, { alive: string; event: string; asTheTrialDefined?: true }> = {
  "overall-survival": { alive: "alive", event: "death" },
  "progression-free-survival": { alive: "alive without their cancer growing", event: "progression or death" },
  "invasive-disease-free-survival": { alive: "alive and free of invasive disease", event: "invasive disease-free survival events", asTheTrialDefined: true },
  "disease-free-survival": { alive: "alive and disease-free", event: "disease-free survival events", asTheTrialDefined: true },
  "event-free-survival": { alive: "alive and event-free", event: "event-free survival events", asTheTrialDefined: true },
};

export interface TrialArmView {
  role: ArmRole;
  arm: string;
  label: string;
  plain: string;
  color: string;
  dash?: string;
  n: number;
  points: SurvivalPoint[];
  /** Where a patient left follow-up without an event: a tick on the curve. */
  censored: { time: number; survival: number }[];
}

export interface TrialView {
  id: string;
  title: string;
  takeaway: string;
  /** For patients: of 100 people, how many, with the trial's population and the caveat. */
  reader: string;
  yLabel: string;
  xLabel: string;
  /** Experimental arm first: the legend and the sentences lead with what the trial tested. */
  arms: [TrialArmView, TrialArmView];
  /** The axis runs 0 to this (a whole number of tick steps past the last follow-up). */
  axisMax: number;
  /** The longest follow-up in either arm, months: no estimate is reported past it. */
  followUp: number;
  ticks: number[];
  /** Each arm's estimate at each tick (same order as `arms`): the number-at-risk row and the table view. */
  atTicks: [SurvivalPoint[], SurvivalPoint[]];
  /** The times a keyboard steps through, with each arm's S(t) there. */
  stops: { time: number; points: [SurvivalPoint, SurvivalPoint] }[];
}

/** The reconstruction every curve comes from (data/trials.json names it; a test checks they agree). */
export const DATA_SOURCE_ID = "kmdata-2021";
const ratio = (value: number) => formatNumber(value, 2);

/** Ticks every 3 months up to 18 months of follow-up, every 6 up to 3 years, every 12 beyond. */
function tickStep(maxTime: number): number {
  if (maxTime <= 18) return 3;
  return maxTime <= 36 ? 6 : 12;
}

export function trialView(analysis: EndpointAnalysis): TrialView {
  const { endpoint } = analysis;
  const words = ENDPOINT_WORDS[endpoint.kind];
  const arms: [TrialArmView, TrialArmView] = [armView(analysis.experimental, "experimental"), armView(analysis.control, "control")];
  const step = tickStep(analysis.maxTime);
  const axisMax = Math.ceil(analysis.maxTime / step) * step;
  const ticks = Array.from({ length: axisMax / step + 1 }, (_, i) => i * step);
  const atTicks = arms.map((arm) => survivalAt(fitOf(analysis, arm.role), ticks)) as [SurvivalPoint[], SurvivalPoint[]];
  const explore = step / 2;
  const stopTimes = Array.from({ length: Math.floor(analysis.maxTime / explore) + 1 }, (_, i) => i * explore);
  const stopPoints = arms.map((arm) => survivalAt(fitOf(analysis, arm.role), stopTimes));
  const stops = stopTimes.map((time, i) => ({ time, points: [stopPoints[0]?.[i], stopPoints[1]?.[i]] as [SurvivalPoint, SurvivalPoint] }));
  const hr = analysis.hazardRatio;
  return {
    id: endpoint.id,
    // A trial that compared several arms has endpoints of one name: the title names the arm, so two slides never look alike.
    title: endpointTitle(endpoint),
    takeaway: `Hazard ratio ${ratio(hr.value)} (95% confidence interval ${ratio(hr.lower)}–${ratio(hr.upper)}) for ${words.event}${words.asTheTrialDefined ? " (as the trial defined them)" : ""}, ${lowerFirst(arms[0].label)} against ${lowerFirst(arms[1].label)}${rateChange(hr.value, words.event)}, computed from the reconstructed patients.${mayBeChance(analysis)}`,
    reader: readerSentence(analysis, arms, words.alive),
    yLabel: `Share ${words.alive} (%)`,
    xLabel: "Months since randomisation",
    arms,
    axisMax,
    followUp: analysis.maxTime,
    ticks,
    atTicks,
    stops,
  };
}

function fitOf(analysis: EndpointAnalysis, role: ArmRole) {
  return (role === "control" ? analysis.control : analysis.experimental).fit;
}

function armView(arm: ArmAnalysis, role: ArmRole): TrialArmView {
  return {
    role,
    arm: arm.arm,
    label: arm.label,
    plain: arm.plain,
    color: armColorVar(role),
    dash: ARM_STYLES[role].dash,
    n: arm.n,
    points: curvePoints(arm.fit),
    censored: arm.fit.steps.filter((step) => step.censored > 0).map(({ time, survival }) => ({ time, survival })),
  };
}

const LANDMARKS = [60, 48, 36, 24, 12, 6] as const;
/** A landmark is read only where both arms still have this many patients followed. */
const MIN_AT_RISK = 20;

/** A trial's setting as the reader's sentence names it: TH3RESA and MARIANNE enrolled advanced, not only metastatic, disease. */
const SETTING_WORDS: Record<Trial["setting"], string> = { early: "early", metastatic: "advanced or metastatic" };

/**
 * "In this trial in advanced or metastatic breast cancer, of 100 people given X, about N were alive at 3 years,
 * against M given Y." The setting comes first, so a reader with early disease does not take a
 * metastatic trial's figures for hers. The latest landmark at which both arms still have patients
 * followed; whole people, as a reader counts.
 */
function readerSentence(analysis: EndpointAnalysis, arms: [TrialArmView, TrialArmView], alive: string): string {
  const fits = arms.map((arm) => fitOf(analysis, arm.role));
  const landmark = LANDMARKS.find((time) => fits.every((fit) => (survivalAt(fit, [time])[0]?.atRisk ?? 0) >= MIN_AT_RISK)) ?? 6;
  const [first, second] = fits.map((fit) => Math.round((survivalAt(fit, [landmark])[0]?.survival ?? 0) * 100));
  const when = landmark % 12 === 0 ? `${landmark / 12} ${landmark === 12 ? "year" : "years"}` : `${landmark} months`;
  // The page opens with this sentence: where the hazard ratio's interval includes 1, it must not read as a finding.
  const chance = mayBeChance(analysis) ? " The data cannot tell these apart: the difference may be chance." : "";
  return `In this trial in ${SETTING_WORDS[analysis.trial.setting]} breast cancer, of 100 people given ${arms[0].plain}, about ${first} were ${alive} at ${when}, against ${second} of 100 given ${arms[1].plain} (read from curves reconstructed from the paper).${chance} The trial enrolled ${analysis.trial.population}: its result is an average over them, not a forecast for one person.`;
}

/** ": a 32% lower rate of death" — what a hazard ratio means, in the reader's words. */
function rateChange(hazardRatio: number, event: string): string {
  const change = Math.round(Math.abs(1 - hazardRatio) * 100);
  if (change === 0) return "";
  // Said aloud, 8, 11, 18 and 80–89 start with a vowel: "an 8% lower rate".
  const article = /^(8|11|18)$|^8\d$/.test(String(change)) ? "an" : "a";
  return `: ${article} ${change}% ${hazardRatio < 1 ? "lower" : "higher"} rate of ${event}`;
}

/**
 * Where an interval around the hazard ratio includes 1, the data cannot tell the arms apart and no
 * sentence may read as a finding: the 95% interval computed here, or the paper's own (ALTTO printed a
 * 97.5% interval, 0.70–1.02, around a ratio whose 95% interval from the reconstruction excludes 1).
 */
function mayBeChance(analysis: EndpointAnalysis): string {
  if (includesNoDifference(analysis.hazardRatio)) return " The interval includes 1 (no difference), so the difference may be chance.";
  const printed = shownFigures(analysis.endpoint.published).find(
    (figure) => figure.measure === "hazard-ratio" && figure.interval && includesNoDifference(figure.interval),
  );
  if (printed?.measure !== "hazard-ratio" || !printed.interval) return "";
  const { level, lower, upper } = printed.interval;
  const end = (value: number | null) => (value === null ? "not reached" : ratio(value));
  return ` The paper's own ${level}% interval, ${end(lower)}–${end(upper)}, includes 1 (no difference), so by the trial's analysis the difference may be chance.`;
}

/** An interval with an end not reached is open on that side. */
function includesNoDifference(interval: { lower: number | null; upper: number | null }): boolean {
  return (interval.lower === null || interval.lower <= 1) && (interval.upper === null || interval.upper >= 1);
}

/**
 * Where the curve comes from, in one line for images, embeds and slides: the paper and its figure,
 * and that the patients are reconstructed from it (kmdata, MIT).
 */
export function trialSourceLine(analysis: EndpointAnalysis, sources: readonly Source[]): string {
  const cite = (id: string) => sources.find((source) => source.id === id)?.citation ?? id;
  return `${cite(analysis.trial.sourceId)} ${analysis.endpoint.figure}, reconstructed from the published curve; kmdata: ${shortCitation(cite(DATA_SOURCE_ID))}, MIT licence.`;
}
