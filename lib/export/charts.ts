/**
 * The charts that can be exported as images, each reading the same URL parameters as its page.
 * Image URLs are strict (a bad parameter is a 400), unlike pages, which fall back with a notice.
 */
import { parseListQuery, type QueryError } from "../api/query";
import { COMPARE_TITLE, compareCaveat, comparePanels, compareTakeaway } from "../charts/compare";
import { shareTakeaway } from "../charts/prevalence";
import { parsePrevalenceState, RACE_FIGURES, RATE_PERIODS } from "../charts/prevalence-state";
import { ageView, her2LowView, incidenceView, medianAgeView, type PrevalenceBarView, raceView, shareView } from "../charts/prevalence-views";
import { SEER_RACE_IDS } from "../charts/race-style";
import { MATRIX_TITLE, matrixView } from "../charts/subtype-matrix";
import { survivalBars, survivalTakeaway, survivalTitle, survivalViewRows } from "../charts/survival";
import { parseSurvivalState } from "../charts/survival-state";
import { approvalSources, approvalsShown, survivalBands, TIMELINE_TITLE, timelineTakeaway } from "../charts/therapies";
import { parseTreatmentsState } from "../charts/therapies-state";
import { VIEWS } from "../charts/url-state";
import { WORDINGS } from "../charts/wording";
import { datasets, STAGES, SURVIVAL_MEASURES } from "../datasets";
import { citationSentence } from "../datasets/citations";
import { shareOfCases } from "../datasets/queries";
import { DRUG_CLASSES, HER2_POPULATIONS } from "../datasets/therapy-dimensions";
import { EMBEDDABLE_CHARTS } from "../embed";
import { classifyHer2 } from "../her2/classify";
import { HER2_PARAMETERS, type Her2Input, parseHer2Query } from "../her2/input";
import { flowTakeaway } from "../her2/result-text";
import { flowSourceLine } from "../her2/text";
import { SITE_NAME } from "../release";
import { SUBTYPE_CATEGORY_IDS, SUBTYPE_IDS } from "../subtypes";
import type { ChartContent, ChartSpec } from "./chart-svg";
import { EXPORT_SIZES } from "./frame";

export const EXPORT_FORMATS = ["svg", "png"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** Parameters every chart image takes, besides its page's own. */
export const IMAGE_PARAMETERS = [
  { name: "size", allowed: Object.keys(EXPORT_SIZES), description: "slide (16:9, 1600×900), square (1080×1080) or og (social preview, 1200×630)." },
  { name: "theme", allowed: ["light", "dark"], description: "Light or dark background." },
  { name: "wording", allowed: WORDINGS, description: "Plain language or details." },
  { name: "view", allowed: VIEWS, description: "Accepted so a page URL's query can be reused as is." },
];
/** Parameters that name exactly two values (the subtypes compared). */
const PAIRS = new Set(["compare"]);
const SINGLE_VALUED = new Set(["size", "theme", "wording", "view", "measure", "stage", "period", "raceFigures"]);

function citationText(rows: Parameters<typeof citationSentence>[0]): string {
  return citationSentence(rows, datasets.sources);
}

/**
 * Each approval date has its own source (20 of them): in full they would fill a slide, so the image
 * says how many and where they are listed, the way the page's own "Approval dates" note does.
 */
function approvalDatesNote(count: number): string {
  if (count === 0) return "";
  return `Approval dates: US FDA action dates from ${count} ${count === 1 ? "source" : "sources"}, each cited beside its approval on ${SITE_NAME}'s /treatments page.`;
}

/** The /survival page's parameters: its bar chart and its comparison read the same URL. */
const SURVIVAL_FILTERS = [
  { name: "measure", allowed: SURVIVAL_MEASURES, description: "" },
  { name: "stage", allowed: [...STAGES.filter((s) => s !== "stage-iv"), "every"], description: "" },
  { name: "subtypes", allowed: SUBTYPE_CATEGORY_IDS, description: "" },
  { name: "compare", allowed: SUBTYPE_IDS, description: "" },
];

/**
 * Every prevalence chart reads the whole /prevalence query, so a page URL's query works on any of
 * its images; each uses only the parts its section shows (PREVALENCE_CHART_STATE).
 */
const PREVALENCE_FILTERS = [
  { name: "period", allowed: RATE_PERIODS, description: "Edition of the incidence-by-subtype figures." },
  { name: "raceFigures", allowed: RACE_FIGURES, description: "Which race/ethnicity figures." },
  { name: "races", allowed: SEER_RACE_IDS, description: "Groups drawn in the by-age chart." },
];

function prevalenceBars(view: (state: ReturnType<typeof parsePrevalenceState>["state"]) => PrevalenceBarView) {
  return {
    filters: PREVALENCE_FILTERS,
    content(params: Record<string, string>): ChartContent {
      // `unit` is the page's axis note; the exported title already names the measure.
      const { viewRows, unit: _unit, ...content } = view(parsePrevalenceState(params).state);
      return { kind: "bars", ...content, citation: citationText(viewRows) };
    },
  };
}

interface ExportableChartDefinition {
  filters: readonly { name: string; allowed: readonly string[]; description: string }[];
  /** A HER2 case's parameters (numbers and scores), checked by the classifier's own parser. */
  caseParameters?: readonly string[];
  content(params: Record<string, string>): ChartContent;
}

export const EXPORTABLE_CHARTS = {
  survival: {
    filters: SURVIVAL_FILTERS,
    content(params: Record<string, string>): ChartContent {
      const { state } = parseSurvivalState(params);
      const rows = survivalViewRows(datasets.survival, state);
      return {
        kind: "bars",
        title: survivalTitle(state.measure),
        takeaway: survivalTakeaway(rows, state.measure),
        citation: citationText(rows),
        bars: survivalBars(rows, state.wording),
        domainMax: 100,
        tickSuffix: "%",
      };
    },
  },
  "share-of-cases": prevalenceBars((state) => shareView(datasets.prevalence, state)),
  "incidence-by-subtype": prevalenceBars((state) => incidenceView(datasets.prevalence, state)),
  "incidence-by-race": prevalenceBars((state) => raceView(datasets.prevalence, state)),
  "incidence-by-age": {
    filters: PREVALENCE_FILTERS,
    content(params: Record<string, string>): ChartContent {
      const { viewRows, ...content } = ageView(datasets.prevalence, parsePrevalenceState(params).state);
      return { kind: "dot-lines", ...content, citation: citationText(viewRows) };
    },
  },
  "her2-low": prevalenceBars((state) => her2LowView(datasets.prevalence, state)),
  "median-age": prevalenceBars((state) => medianAgeView(datasets.prevalence, state)),
  compare: {
    filters: SURVIVAL_FILTERS,
    content(params: Record<string, string>): ChartContent {
      const pair = parseSurvivalState(params).state.compare;
      const rows = datasets.survival;
      const panels = comparePanels(rows, pair);
      return {
        kind: "icon-array",
        title: COMPARE_TITLE,
        takeaway: compareTakeaway(rows, pair),
        citation: citationText(panels.map((panel) => panel.row)),
        panels,
        note: compareCaveat(rows, pair),
      };
    },
  },
  subtypes: {
    // The matrix has no controls: only the common size, theme and wording apply.
    filters: [],
    content(params: Record<string, string>): ChartContent {
      const shares = shareOfCases(datasets.prevalence);
      return {
        kind: "matrix",
        title: MATRIX_TITLE,
        // The page's sentence on the same shares (/prevalence), so the image adds no figure of its own.
        takeaway: shareTakeaway(shares),
        citation: citationText(shares),
        // The page's wording switch applies here too: "details" prints each subtype's receptor rule.
        ...matrixView(shares, datasets.subtypes.subtypes, params.wording === "details" ? "details" : "plain"),
      };
    },
  },
  testing: {
    filters: [],
    /** The case, as /testing and /api/her2-status take it: checked by the classifier's own parser. */
    caseParameters: HER2_PARAMETERS,
    content(params: Record<string, string>): ChartContent {
      const caseParams = new URLSearchParams(Object.entries(params).filter(([name]) => (HER2_PARAMETERS as readonly string[]).includes(name)));
      const parsed = [...caseParams.keys()].length > 0 ? parseHer2Query(caseParams) : null;
      const classification = parsed?.ok ? classifyHer2(parsed.input) : null;
      return {
        kind: "flow",
        title: EMBEDDABLE_CHARTS.testing.title,
        takeaway: flowTakeaway(classification),
        citation: flowSourceLine(datasets.sources),
        path: classification?.path ?? [],
      };
    },
  },
  treatments: {
    filters: [
      { name: "class", allowed: DRUG_CLASSES, description: "" },
      { name: "population", allowed: HER2_POPULATIONS, description: "" },
    ],
    content(params: Record<string, string>): ChartContent {
      const { state } = parseTreatmentsState(params);
      const approvals = approvalsShown(datasets.therapies, state);
      const bands = survivalBands(datasets.survival);
      return {
        kind: "timeline",
        title: TIMELINE_TITLE,
        takeaway: timelineTakeaway(approvals, bands),
        citation: `${approvalDatesNote(approvalSources(approvals, datasets.sources).length)} Survival periods: ${citationText(datasets.survival)}`,
        approvals,
        classes: state.classes,
        bands,
      };
    },
  },
} as const satisfies Record<string, ExportableChartDefinition>;
export type ExportableChart = keyof typeof EXPORTABLE_CHARTS;

export type ChartRequest =
  | {
      ok: true;
      chart: ExportableChart;
      format: ExportFormat;
      size: ChartSpec["size"];
      /** The validated options in a fixed order, defaults filled in: equal for every request that draws the same image. */
      key: string;
      /** What to draw: built only when the image is not already cached under `key`. */
      spec: () => ChartSpec;
    }
  | { ok: false; error: QueryError; status: 400 | 404 };

/** "/api/charts/survival.svg?measure=…" → what to draw, or the parameter that is wrong. */
export function parseChartRequest(file: string, params: URLSearchParams): ChartRequest {
  const match = /^([a-z0-9-]+)\.(svg|png)$/.exec(file);
  const chart = match?.[1];
  if (!match || !chart || !Object.hasOwn(EXPORTABLE_CHARTS, chart)) {
    return {
      ok: false,
      status: 404,
      error: {
        parameter: "chart",
        message: "No such chart image.",
        allowed: Object.keys(EXPORTABLE_CHARTS).flatMap((c) => EXPORT_FORMATS.map((f) => `${c}.${f}`)),
      },
    };
  }
  const definition = EXPORTABLE_CHARTS[chart as ExportableChart];
  // A case's values are numbers and scores, not a list of allowed words: the HER2 parser checks them.
  const caseNames: readonly string[] = "caseParameters" in definition ? definition.caseParameters : [];
  const caseParams = new URLSearchParams([...params].filter(([name]) => caseNames.includes(name)));
  let caseInput: Her2Input | null = null;
  if ([...caseParams.keys()].length > 0) {
    const checked = parseHer2Query(caseParams);
    if (!checked.ok) return { ok: false, status: 400, error: { allowed: [], ...checked.error } };
    // "2+", "2%2B" and " 2 " are one case: the key holds the case as the classifier reads it.
    caseInput = checked.input;
  }
  const parsed = parseListQuery(new URLSearchParams([...params].filter(([name]) => !caseNames.includes(name))), [...definition.filters, ...IMAGE_PARAMETERS]);
  if (!parsed.ok) return { ok: false, status: 400, error: parsed.error };
  if (parsed.format !== "json")
    return { ok: false, status: 400, error: { parameter: "format", message: "Give the format as the file extension (.svg or .png).", allowed: [] } };
  const options: Record<string, string> = {};
  const countError = (name: string, message: string): ChartRequest => {
    const allowed = [...definition.filters, ...IMAGE_PARAMETERS].find((f) => f.name === name)?.allowed ?? [];
    return { ok: false, status: 400, error: { parameter: name, message, allowed } };
  };
  for (const [name, list] of Object.entries(parsed.filters) as [string, string[]][]) {
    if (SINGLE_VALUED.has(name) && list.length > 1) return countError(name, "Give a single value.");
    if (PAIRS.has(name) && list.length !== 2) return countError(name, "Give exactly two values.");
    if (PAIRS.has(name) && list[0] === list[1]) return countError(name, "Give two different values.");
    // A page's chart/table switch: an image is always the chart, so it neither draws nor keys anything.
    if (name !== "view") options[name] = list.join(",");
  }
  const size = (options.size as ChartSpec["size"] | undefined) ?? "slide";
  const mode = (options.theme as ChartSpec["mode"] | undefined) ?? "light";
  const keyed = { ...options, size, theme: mode };
  const format = match[2] as ExportFormat;
  const key = JSON.stringify([chart, format, Object.entries(keyed).sort(([a], [b]) => (a < b ? -1 : 1)), caseInput]);
  const values = { ...options, ...Object.fromEntries(caseParams) };
  return { ok: true, chart: chart as ExportableChart, format, size, key, spec: () => ({ ...definition.content(values), size, mode }) };
}
