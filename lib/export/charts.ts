/**
 * The charts that can be exported as images, each reading the same URL parameters as its page.
 * Image URLs are strict (a bad parameter is a 400), unlike pages, which fall back with a notice.
 */
import { parseListQuery, type QueryError } from "../api/query";
import { parsePrevalenceState, RACE_FIGURES, RATE_PERIODS } from "../charts/prevalence-state";
import { ageView, her2LowView, incidenceView, medianAgeView, raceView, shareView, type PrevalenceBarView } from "../charts/prevalence-views";
import { SEER_RACE_IDS } from "../charts/race-style";
import { survivalBars, survivalTakeaway, survivalViewRows } from "../charts/survival";
import { parseSurvivalState, VIEWS } from "../charts/url-state";
import { WORDINGS } from "../charts/wording";
import { citationSentence } from "../datasets/citations";
import { datasets, STAGES, SURVIVAL_MEASURES } from "../datasets";
import { SUBTYPE_CATEGORY_IDS, SUBTYPE_IDS } from "../subtypes";
import { dotLineChartSvg, type DotLineContent } from "./dot-lines";
import { barChartSvg, EXPORT_SIZES, type BarChartContent, type ExportFrame } from "./svg";

export const EXPORT_FORMATS = ["svg", "png"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** What a chart draws, before a size and theme are chosen. */
export type ChartContent = Omit<ExportFrame, "size" | "mode"> & (BarChartContent | DotLineContent);
export type ExportSpec = ExportFrame & (BarChartContent | DotLineContent);

/** The standalone SVG for any exportable chart. */
export function chartSvg(spec: ExportSpec): string {
  return spec.kind === "bars" ? barChartSvg(spec) : dotLineChartSvg(spec);
}

const common = [
  { name: "size", allowed: Object.keys(EXPORT_SIZES), description: "slide (16:9, 1600×900), square (1080×1080) or og (social preview, 1200×630)." },
  { name: "theme", allowed: ["light", "dark"], description: "Light or dark background." },
  { name: "wording", allowed: WORDINGS, description: "Plain language or details." },
  { name: "view", allowed: VIEWS, description: "Accepted so a page URL's query can be reused as is." },
];
const SINGLE_VALUED = new Set(["size", "theme", "wording", "view", "measure", "stage", "period", "raceFigures"]);

function citationText(rows: Parameters<typeof citationSentence>[0]): string {
  return citationSentence(rows, datasets.sources);
}

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

export const EXPORTABLE_CHARTS = {
  survival: {
    filters: [
      { name: "measure", allowed: SURVIVAL_MEASURES, description: "" },
      { name: "stage", allowed: [...STAGES.filter((s) => s !== "stage-iv"), "every"], description: "" },
      { name: "subtypes", allowed: SUBTYPE_CATEGORY_IDS, description: "" },
      { name: "compare", allowed: SUBTYPE_IDS, description: "" },
    ],
    content(params: Record<string, string>): ChartContent {
      const { state } = parseSurvivalState(params);
      const rows = survivalViewRows(datasets.survival, state);
      const fourYear = state.measure === "four-year-cause-specific";
      return {
        kind: "bars",
        title: fourYear ? "Four-year breast cancer-specific survival by subtype" : "Five-year relative survival by subtype and stage",
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
} as const satisfies Record<string, { filters: readonly { name: string; allowed: readonly string[]; description: string }[]; content(params: Record<string, string>): ChartContent }>;
export type ExportableChart = keyof typeof EXPORTABLE_CHARTS;


export type ChartRequest =
  | { ok: true; spec: ExportSpec; format: ExportFormat; chart: ExportableChart }
  | { ok: false; error: QueryError; status: 400 | 404 };

/** "/api/charts/survival.svg?measure=…" → what to draw, or the parameter that is wrong. */
export function parseChartRequest(file: string, params: URLSearchParams): ChartRequest {
  const match = /^([a-z0-9-]+)\.(svg|png)$/.exec(file);
  const chart = match?.[1];
  if (!match || !chart || !(chart in EXPORTABLE_CHARTS)) {
    return { ok: false, status: 404, error: { parameter: "chart", message: "No such chart image.", allowed: Object.keys(EXPORTABLE_CHARTS).flatMap((c) => EXPORT_FORMATS.map((f) => `${c}.${f}`)) } };
  }
  const definition = EXPORTABLE_CHARTS[chart as ExportableChart];
  const parsed = parseListQuery(params, [...definition.filters, ...common]);
  if (!parsed.ok) return { ok: false, status: 400, error: parsed.error };
  if (parsed.format !== "json") return { ok: false, status: 400, error: { parameter: "format", message: "Give the format as the file extension (.svg or .png).", allowed: [] } };
  const values: Record<string, string> = {};
  for (const [name, list] of Object.entries(parsed.filters) as [string, string[]][]) {
    if (SINGLE_VALUED.has(name) && list.length > 1) {
      const allowed = [...definition.filters, ...common].find((f) => f.name === name)?.allowed ?? [];
      return { ok: false, status: 400, error: { parameter: name, message: "Give a single value.", allowed } };
    }
    values[name] = list.join(",");
  }
  const spec: ExportSpec = {
    ...definition.content(values),
    size: (values.size as ExportSpec["size"] | undefined) ?? "slide",
    mode: (values.theme as ExportSpec["mode"] | undefined) ?? "light",
  };
  return { ok: true, spec, format: match[2] as ExportFormat, chart: chart as ExportableChart };
}
