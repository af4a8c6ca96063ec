/**
 * What each chart's image draws for validated options: the content its scene is built from, with
 * the title, takeaway and citation. One function per chart id; the registry (registry.ts) adds the
 * rest of each chart's declaration.
 */

import { datasets, sourceFor } from "../datasets";
import { citationSentence, shortCitation, shortCitationSentence } from "../datasets/citations";
import { shareOfCases, shownSurvival } from "../datasets/queries";
import type { TherapyRow } from "../datasets/schemas";
import { EMBEDDABLE_CHARTS } from "../embed";
import { caseSearch, linkedCase } from "../her2/case-draft";
import { flowTakeaway } from "../her2/headline";
import { DISCLAIMER, FLOW_SOURCE_IDS, SUBGROUP_STATEMENT, SUBGROUP_TERM_SOURCES } from "../her2/text";
import { cautionSentences } from "../predict/fields";
import { PREDICT_PARAMETERS } from "../predict/inputs";
import { predictOutcomes } from "../predict/model";
import { SITE_NAME } from "../release";
import { SUBTYPES } from "../subtypes";
import { knownAnalysis } from "../trials/analysis";
import { ENDPOINT_IDS } from "../trials/data";
import { COMPARE_TITLE, comparePanels, compareTakeaway, survivalCaveat } from "./compare";
import type { ChartContent } from "./image-scene";
import { EXAMPLE_PATIENT, outcomesSearch, parseOutcomesQuery } from "./outcomes-state";
import { harmSentence, her2DrugsCaveat, outcomesView, patientSummary, predictSourceLine } from "./outcomes-view";
import { shareTakeaway } from "./prevalence";
import { parsePrevalenceState, prevalenceSearch } from "./prevalence-state";
import { ageView, her2LowView, incidenceView, medianAgeView, type PrevalenceBarView, raceView, shareView } from "./prevalence-views";
import { MATRIX_TITLE, matrixView } from "./subtype-matrix";
import { absentSubtypes, survivalBars, survivalTakeaway, survivalTitle, survivalViewRows } from "./survival";
import { parseSurvivalState, survivalSearch } from "./survival-state";
import { approvalDatesSource, approvalSources, approvalsShown, survivalBands, TIMELINE_TITLE, timelineTakeaway } from "./therapies";
import { parseTreatmentsState, treatmentsSearch } from "./therapies-state";
import { parseTrialState, trialSearch } from "./trial-state";
import { trialSourceLine, trialView } from "./trial-view";
import { pageSearch } from "./url-state";

/** The page each chart is on, with its section's anchor where the page has several charts. */
export const CHART_PAGES = {
  survival: "/survival",
  compare: "/survival#compare",
  "share-of-cases": "/prevalence",
  "incidence-by-subtype": "/prevalence#incidence",
  "incidence-by-race": "/prevalence#by-race",
  "incidence-by-age": "/prevalence#by-age",
  "her2-low": "/prevalence#her2-low",
  "median-age": "/prevalence#median-age",
  subtypes: "/subtypes",
  testing: "/testing",
  treatments: "/treatments",
  outcomes: "/outcomes",
  trials: "/trials",
} as const;
type ChartPageId = keyof typeof CHART_PAGES;

/**
 * The view's address on the atlas, printed on its image: the page, the query the page itself writes
 * for this view (its own `…Search`, defaults left out, so the image names the view's one address),
 * then the chart's anchor.
 */
function viewAddress(id: ChartPageId, search: string): string {
  const [path, anchor] = CHART_PAGES[id].split("#");
  return `${path}${search}${anchor ? `#${anchor}` : ""}`;
}

function citationText(rows: Parameters<typeof citationSentence>[0]): string {
  return citationSentence(rows, datasets.sources);
}

/**
 * Each approval date has its own source (20 of them), and the survival periods three more: in full
 * they would fill a slide and leave the timeline unreadable, so the image names them short, says how
 * many approval sources there are, and where every one is cited in full, as the page's own
 * "Approval dates" note does.
 */
function timelineCitation(approvals: readonly TherapyRow[]): string {
  const dates = approvalDatesLine(approvals);
  return `${dates && `${dates} `}Survival periods: ${shortCitationSentence(shownSurvival(datasets.survival), datasets.sources)} Each is cited in full on ${SITE_NAME}'s /treatments page.`;
}

/** The approval dates' sources, by count, and the date the list is as of: the image's and the embed's line. */
export function approvalDatesLine(approvals: readonly TherapyRow[]): string {
  return approvalDatesSource(approvalSources(approvals, datasets.sources).length, datasets.therapiesAsOf.asOf);
}

/**
 * The diagram's sources by short name, for the same reason: in full they take seven lines of a
 * slide. Its images end in HER2-low, -ultralow and -null, which are not the guideline's categories,
 * so the line says so and names where those come from (her2-testing.md §1.2). The page cites all in full.
 */
function flowCitation(): string {
  const short = (ids: readonly string[]) => ids.map((id) => shortCitation(sourceFor(id).citation)).join("; ");
  return `${short(FLOW_SOURCE_IDS)} (the ASCO/CAP HER2 testing guideline and its update). ${SUBGROUP_STATEMENT} (${short(SUBGROUP_TERM_SOURCES)}). Each is cited in full on ${SITE_NAME}'s /testing page. ${DISCLAIMER}`;
}

function prevalenceBars(id: ChartPageId, view: (state: ReturnType<typeof parsePrevalenceState>["state"]) => PrevalenceBarView) {
  return (params: Record<string, string>): ChartContent => {
    const { state } = parsePrevalenceState(params);
    // `unit` is the page's axis note; the exported title already names the measure.
    const { viewRows, unit: _unit, ...content } = view(state);
    return { kind: "bars", ...content, citation: citationText(viewRows), address: prevalenceAddress(id, state) };
  };
}

function prevalenceAddress(id: ChartPageId, state: ReturnType<typeof parsePrevalenceState>["state"]): string {
  return viewAddress(id, prevalenceSearch({ ...state, view: "chart" }));
}

export const CHART_CONTENT = {
  survival: (params: Record<string, string>): ChartContent => {
    const { state } = parseSurvivalState(params);
    const rows = survivalViewRows(datasets.survival, state);
    // With no bar to draw, the image says why each chosen subtype has none, as the page's notes do.
    const whyNone = rows.length === 0 ? absentSubtypes(rows, state).map(({ subtype, reason }) => `${SUBTYPES[subtype].label}: ${reason}`) : [];
    return {
      kind: "bars",
      title: survivalTitle(state.measure),
      takeaway: [survivalTakeaway(rows, state.measure), ...whyNone].join(" "),
      citation: citationText(rows),
      address: viewAddress("survival", survivalSearch({ ...state, view: "chart" })),
      bars: survivalBars(rows, state.wording),
      domainMax: 100,
      tickSuffix: "%",
    };
  },
  "share-of-cases": prevalenceBars("share-of-cases", (state) => shareView(datasets.prevalence, state)),
  "incidence-by-subtype": prevalenceBars("incidence-by-subtype", (state) => incidenceView(datasets.prevalence, state)),
  "incidence-by-race": prevalenceBars("incidence-by-race", (state) => raceView(datasets.prevalence, state)),
  "incidence-by-age": (params: Record<string, string>): ChartContent => {
    const { state } = parsePrevalenceState(params);
    const { viewRows, ...content } = ageView(datasets.prevalence, state);
    return { kind: "dot-lines", ...content, citation: citationText(viewRows), address: prevalenceAddress("incidence-by-age", state) };
  },
  "her2-low": prevalenceBars("her2-low", (state) => her2LowView(datasets.prevalence, state)),
  "median-age": prevalenceBars("median-age", (state) => medianAgeView(datasets.prevalence, state)),
  compare: (params: Record<string, string>): ChartContent => {
    const { state } = parseSurvivalState(params);
    const pair = state.compare;
    const rows = datasets.survival;
    const panels = comparePanels(rows, pair);
    return {
      kind: "icon-array",
      title: COMPARE_TITLE,
      takeaway: compareTakeaway(rows, pair),
      citation: citationText(panels.map((panel) => panel.row)),
      address: viewAddress("compare", survivalSearch({ ...state, view: "chart" })),
      panels,
      note: survivalCaveat(rows, pair),
    };
  },
  subtypes: (params: Record<string, string>): ChartContent => {
    const shares = shareOfCases(datasets.prevalence);
    return {
      kind: "matrix",
      title: MATRIX_TITLE,
      // The page's sentence on the same shares (/prevalence), so the image adds no figure of its own.
      takeaway: shareTakeaway(shares),
      citation: citationText(shares),
      address: viewAddress("subtypes", pageSearch({ wording: params.wording ?? "plain" }, { wording: "plain" })),
      // The page's wording switch applies here too: "details" prints each subtype's receptor rule.
      ...matrixView(shares, datasets.subtypes.subtypes, params.wording === "details" ? "details" : "plain"),
    };
  },
  testing: (params: Record<string, string>): ChartContent => {
    const { outcome, fields } = linkedCase(params);
    const classification = outcome.kind === "classified" ? outcome.classification : null;
    return {
      kind: "flow",
      title: EMBEDDABLE_CHARTS.testing.title,
      takeaway: flowTakeaway(classification),
      citation: flowCitation(),
      // A result that did not parse is not drawn, so the address names the page without it.
      address: viewAddress("testing", classification ? caseSearch(fields) : ""),
      path: classification?.path ?? [],
    };
  },
  treatments: (params: Record<string, string>): ChartContent => {
    const { state } = parseTreatmentsState(params);
    const approvals = approvalsShown(datasets.therapies, state);
    const bands = survivalBands(shownSurvival(datasets.survival));
    return {
      kind: "timeline",
      title: TIMELINE_TITLE,
      takeaway: timelineTakeaway(approvals, bands),
      citation: timelineCitation(approvals),
      address: viewAddress("treatments", treatmentsSearch({ ...state, view: "chart" })),
      approvals,
      classes: state.classes,
      bands,
    };
  },
  trials: (params: Record<string, string>): ChartContent => {
    const { state } = parseTrialState(params, ENDPOINT_IDS);
    const analysis = knownAnalysis(state.endpoint);
    const view = trialView(analysis);
    return {
      kind: "trial",
      title: view.title,
      takeaway: view.takeaway,
      citation: trialSourceLine(analysis, datasets.sources),
      address: viewAddress("trials", trialSearch({ ...state, view: "chart" })),
      view,
    };
  },
  outcomes: (params: Record<string, string>): ChartContent => {
    // The image parser checked the patient; without one, the page's example is drawn.
    const parsed = parseOutcomesQuery(new URLSearchParams(Object.entries(params).filter(([name]) => (PREDICT_PARAMETERS as readonly string[]).includes(name))));
    const input = parsed.ok ? parsed.input : EXAMPLE_PATIENT;
    const view = outcomesView(input, predictOutcomes(input));
    return {
      kind: "outcomes",
      title: parsed.ok ? "Outcomes for women like this" : "Outcomes for women like this (an example)",
      // The page's and the embed's HER2 caveat too: a slide of a HER2-positive patient must not read as the newest treatment's outcome.
      takeaway: [view.headline, `${patientSummary(input)}.`, harmSentence(view), ...cautionSentences(input), her2DrugsCaveat(input)].filter(Boolean).join(" "),
      citation: predictSourceLine(),
      // The patient drawn, the example too: the bare page opens an empty form, not the example shown.
      address: viewAddress("outcomes", outcomesSearch(input)),
      view,
    };
  },
} satisfies Record<ChartPageId, (params: Record<string, string>) => ChartContent>;

export type ChartId = keyof typeof CHART_CONTENT;
