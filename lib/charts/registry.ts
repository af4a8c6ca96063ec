/**
 * Every chart, declared once: its id, title, where it lives, the dataset it draws, its options (one
 * spec per option), what its image draws, and whether and how it embeds. The page's image links, the
 * embed route, oEmbed, the image parser, the presenter deck and the OpenAPI document read it; adding
 * a chart is one entry here and one scene function.
 */

import { parseListQuery } from "../api/query";
import type { ApiErrorDetail } from "../api/schemas";
import { STAGES, SURVIVAL_MEASURES } from "../datasets";
import { DRUG_CLASSES, HER2_POPULATIONS } from "../datasets/therapy-dimensions";
import { EMBEDDABLE_CHARTS, type EmbeddableChart } from "../embed";
import { caseSearch, linkedCase } from "../her2/case-draft";
import { HER2_PARAMETERS, parseHer2Query } from "../her2/input";
import { PREDICT_PARAMETERS } from "../predict/inputs";
import { EXPORT_SIZES, type ExportSize } from "../scene/frame";
import { SUBTYPE_CATEGORY_IDS, SUBTYPE_IDS } from "../subtypes";
import { ENDPOINT_IDS } from "../trials/data";
import type { ChartContent } from "./image-scene";
import { outcomesSearch, parseOutcomesQuery } from "./outcomes-state";
import { PREVALENCE_DEFAULTS, RACE_FIGURES, RATE_PERIODS } from "./prevalence-state";
import { SEER_RACE_IDS } from "./race-style";
import { CHART_CONTENT, CHART_PAGES, type ChartId } from "./registry-content";
import { canonicalCompareOptions, canonicalSurvivalOptions, SURVIVAL_DEFAULTS } from "./survival-state";
import { DEFAULT_ENDPOINT } from "./trial-state";
import { VIEWS } from "./url-state";
import { WORDINGS } from "./wording";

/** One option of a chart: the values it takes, its default, and how many it takes at once. */
export interface ChartOption {
  name: string;
  allowed: readonly string[];
  default: string;
  arity: "single" | "multiple" | "pair";
  description: string;
}

type CaseError = { parameter: string | null; message: string; allowed?: readonly string[] };

export interface ChartCases {
  parameters: readonly string[];
  /** The case checked by its own parser, and on success its key: the case as a canonical query, all the image draws of it. */
  check: (params: URLSearchParams) => { ok: true; key: string } | { ok: false; error: CaseError };
}

/** A chart's cases, keyed on the case as a canonical query ("2+", "2%2B" and " 2 " are one case). */
function chartCases<Input>(
  parameters: readonly string[],
  parse: (params: URLSearchParams) => { ok: true; input: Input } | { ok: false; error: CaseError },
  keyOf: (params: URLSearchParams, input: Input) => string,
): ChartCases {
  return {
    parameters,
    check: (params) => {
      const parsed = parse(params);
      return parsed.ok ? { ok: true, key: keyOf(params, parsed.input) } : parsed;
    },
  };
}

export type Dataset = "survival" | "prevalence" | "subtypes" | "therapies" | "her2-status" | "trials" | "predict";

export interface ChartDefinition {
  id: ChartId;
  title: string;
  /** The page that shows it, with the section's anchor where the page has several charts. */
  page: string;
  dataset: Dataset;
  options: readonly ChartOption[];
  /**
   * A case's parameters (numbers and scores, not lists of words: a HER2 result, a patient), and the
   * parser that checks them; equal cases share a cache key.
   */
  cases?: ChartCases;
  /** What the chart's image draws for validated options (title, takeaway and citation included). */
  content: (params: Record<string, string>) => ChartContent;
  /** The options as its page reads them, where one implies another: an image is keyed and named by these. */
  canonical?: (chosen: Record<string, string>) => Record<string, string>;
  sizes: readonly ExportSize[];
  /**
   * Where the chart embeds: `/embed/<name>` (its iframe's title and height in lib/embed.ts), and
   * whether an oEmbed request for its page means this chart.
   */
  embed?: { name: EmbeddableChart; forPage: boolean };
}

const list = (values: readonly string[]) => values.join(",");

/** What every chart page's URL takes besides its chart's own options: the wording and the chart/table switch. */
export const PAGE_VIEW_OPTIONS: readonly ChartOption[] = [
  { name: "wording", allowed: WORDINGS, default: "plain", arity: "single", description: "Plain language or details." },
  { name: "view", allowed: VIEWS, default: "chart", arity: "single", description: "The chart, or its table (an image is always the chart)." },
];

const SURVIVAL_OPTIONS: readonly ChartOption[] = [
  { name: "measure", allowed: SURVIVAL_MEASURES, default: SURVIVAL_DEFAULTS.measure, arity: "single", description: "Which survival figure." },
  {
    name: "stage",
    allowed: [...STAGES.filter((stage) => stage !== "stage-iv"), "every"],
    default: "every",
    arity: "single",
    description: "One stage at diagnosis, or every stage (five-year relative survival only: a stage given without a measure means that measure).",
  },
  { name: "subtypes", allowed: SUBTYPE_CATEGORY_IDS, default: list(SURVIVAL_DEFAULTS.subtypes), arity: "multiple", description: "The subtypes drawn." },
  { name: "compare", allowed: SUBTYPE_IDS, default: list(SURVIVAL_DEFAULTS.compare), arity: "pair", description: "The two subtypes compared." },
];

/** Every prevalence chart reads the whole /prevalence query, so a page URL's query works on any of its images. */
const PREVALENCE_OPTIONS: readonly ChartOption[] = [
  { name: "period", allowed: RATE_PERIODS, default: PREVALENCE_DEFAULTS.period, arity: "single", description: "Edition of the incidence-by-subtype figures." },
  { name: "raceFigures", allowed: RACE_FIGURES, default: PREVALENCE_DEFAULTS.raceFigures, arity: "single", description: "Which race/ethnicity figures." },
  { name: "races", allowed: SEER_RACE_IDS, default: list(PREVALENCE_DEFAULTS.races), arity: "multiple", description: "Groups drawn in the by-age chart." },
];

const TREATMENTS_OPTIONS: readonly ChartOption[] = [
  { name: "class", allowed: DRUG_CLASSES, default: list(DRUG_CLASSES), arity: "multiple", description: "Drug classes drawn." },
  { name: "population", allowed: HER2_POPULATIONS, default: list(HER2_POPULATIONS), arity: "multiple", description: "HER2 populations drawn." },
];

const ALL_SIZES = Object.keys(EXPORT_SIZES) as ExportSize[];

/** A chart's declaration; its title is its embed's, or else its default image's (the view's own title). */
function chart(id: ChartId, definition: Omit<ChartDefinition, "id" | "content" | "sizes" | "title" | "page">): ChartDefinition {
  const content = CHART_CONTENT[id];
  const title = definition.embed ? EMBEDDABLE_CHARTS[definition.embed.name].title : content({}).title;
  return { id, content, sizes: ALL_SIZES, title, page: CHART_PAGES[id], ...definition };
}

/** A prevalence chart after the page's first: the page's options, embedded under its own id. */
function prevalenceChart(id: ChartId & EmbeddableChart): ChartDefinition {
  return chart(id, { dataset: "prevalence", options: PREVALENCE_OPTIONS, embed: { name: id, forPage: false } });
}

export const CHARTS: Readonly<Record<ChartId, ChartDefinition>> = {
  survival: chart("survival", {
    dataset: "survival",
    options: SURVIVAL_OPTIONS,
    canonical: canonicalSurvivalOptions,
    embed: { name: "survival", forPage: true },
  }),
  compare: chart("compare", {
    dataset: "survival",
    options: SURVIVAL_OPTIONS,
    canonical: canonicalCompareOptions,
    embed: { name: "compare", forPage: false },
  }),
  "share-of-cases": chart("share-of-cases", {
    dataset: "prevalence",
    options: PREVALENCE_OPTIONS,
    embed: { name: "prevalence", forPage: true },
  }),
  "incidence-by-subtype": prevalenceChart("incidence-by-subtype"),
  "incidence-by-race": prevalenceChart("incidence-by-race"),
  "incidence-by-age": prevalenceChart("incidence-by-age"),
  "her2-low": prevalenceChart("her2-low"),
  "median-age": prevalenceChart("median-age"),
  subtypes: chart("subtypes", {
    dataset: "subtypes",
    // The matrix has no controls: only the common size, theme and wording apply.
    options: [],
    embed: { name: "subtypes", forPage: true },
  }),
  testing: chart("testing", {
    dataset: "her2-status",
    options: [],
    // Keyed on the case as the page links it, which is all the image draws of it (its path and address).
    cases: chartCases(HER2_PARAMETERS, parseHer2Query, (params) => caseSearch(linkedCase(Object.fromEntries(params)).fields)),
    embed: { name: "testing", forPage: true },
  }),
  treatments: chart("treatments", { dataset: "therapies", options: TREATMENTS_OPTIONS, embed: { name: "treatments", forPage: true } }),
  outcomes: chart("outcomes", {
    dataset: "predict",
    options: [],
    cases: chartCases(PREDICT_PARAMETERS, parseOutcomesQuery, (_params, input) => outcomesSearch(input)),
    embed: { name: "outcomes", forPage: true },
  }),
  trials: chart("trials", {
    dataset: "trials",
    options: [
      { name: "endpoint", allowed: ENDPOINT_IDS, default: DEFAULT_ENDPOINT, arity: "single", description: "The trial endpoint whose curves are drawn." },
    ],
    embed: { name: "trials", forPage: true },
  }),
};

export const CHART_IDS = Object.keys(CHARTS) as ChartId[];

export function isChartId(name: string): name is ChartId {
  return Object.hasOwn(CHARTS, name);
}

/** The chart an embed shows. */
export function chartForEmbed(name: EmbeddableChart): ChartDefinition {
  const chart = Object.values(CHARTS).find((definition) => definition.embed?.name === name);
  if (!chart) throw new Error(`No chart in the registry embeds as "${name}".`);
  return chart;
}

/** The view an embed links back to: its chart's page, the view's query (`search`), then the chart's section anchor. */
export function embedExploreHref(name: EmbeddableChart, search: string): string {
  const [path, anchor] = chartForEmbed(name).page.split("#");
  return `${path}${search}${anchor ? `#${anchor}` : ""}`;
}

/**
 * An embed's title for a view (a query its page takes): its chart's title for those options, as the
 * page and the image print it, naming a measure and its years; the embed's own name for any other query.
 */
export function embedTitle(name: EmbeddableChart, params: URLSearchParams): string {
  const chart = chartForEmbed(name);
  const checked = checkChartQuery(chart, params, PAGE_VIEW_OPTIONS);
  return checked.ok ? viewTitle(chart, checked) : EMBEDDABLE_CHARTS[name].title;
}

/** A view's title for a query already checked (`checkChartQuery`), as its page and image print it. */
export function viewTitle(chart: ChartDefinition, checked: Extract<ChartQuery, { ok: true }>): string {
  return chart.content({ ...checked.chosen, ...Object.fromEntries(checked.caseParams) }).title;
}

/**
 * The embed of the chart a page address names: a section's chart by its #anchor (null where that chart
 * has no embed, never the page's first chart in its place), otherwise the page's own (PAGE_EMBEDS).
 */
export function embedAt(pathname: string, hash: string): EmbeddableChart | null {
  const section = hash ? Object.values(CHARTS).find((chart) => chart.page === `${pathname}${hash}`) : undefined;
  if (section) return section.embed?.name ?? null;
  return Object.hasOwn(PAGE_EMBEDS, pathname) ? (PAGE_EMBEDS[pathname] ?? null) : null;
}

/** Each chart page and the embed an oEmbed request for it means. */
export const PAGE_EMBEDS: Readonly<Record<string, EmbeddableChart>> = Object.fromEntries(
  Object.values(CHARTS).flatMap((chart) => (chart.embed?.forPage ? [[chart.page, chart.embed.name]] : [])),
);

/** A value count the option's arity does not allow, or null. */
function arityError(option: ChartOption, values: readonly string[]): string | null {
  if (option.arity === "single" && values.length > 1) return "Give a single value.";
  if (option.arity === "pair" && values.length !== 2) return "Give exactly two values.";
  if (option.arity === "pair" && values[0] === values[1]) return "Give two different values.";
  return null;
}

export type ChartQuery =
  | {
      ok: true;
      /** Each option given, its values comma-joined. */
      chosen: Record<string, string>;
      /** The case's parameters (a HER2 result, a patient), as given. */
      caseParams: URLSearchParams;
      /** The case as a canonical query ("" for none): its cache key. */
      caseKey: string;
    }
  | { ok: false; error: ApiErrorDetail };

/**
 * A chart's view in a query, checked strictly: each option one of its values, in its arity, given
 * once; `extra` the options the caller's address adds (an image's size and theme, a page's wording
 * and view); the case by its own parser. The image route and oEmbed (for the view its url embeds)
 * both read a query through this one check.
 */
export function checkChartQuery(chart: ChartDefinition, params: URLSearchParams, extra: readonly ChartOption[]): ChartQuery {
  // A case's values are numbers and scores, not a list of allowed words: the chart's own parser checks them.
  // A case may share a name with an extra option (a patient's tumour `size`, the image's `size=slide`):
  // the option's own words (slide, square, og) are the option's, any other value the case's.
  const caseNames: readonly string[] = chart.cases?.parameters ?? [];
  const optionWord = (name: string, value: string) => extra.some((option) => option.name === name && option.allowed.includes(value.trim()));
  const isCase = ([name, value]: [string, string]) => caseNames.includes(name) && !optionWord(name, value);
  const caseParams = new URLSearchParams([...params].filter(isCase));
  let caseKey = "";
  if (chart.cases && [...caseParams.keys()].length > 0) {
    const checked = chart.cases.check(caseParams);
    if (!checked.ok) return { ok: false, error: { ...checked.error, parameter: checked.error.parameter ?? "case" } };
    caseKey = checked.key;
  }
  const options = [...chart.options, ...extra];
  // No `format`: an image's is its file extension, a page's is the page.
  const parsed = parseListQuery(new URLSearchParams([...params].filter((pair) => !isCase(pair))), options, []);
  if (!parsed.ok) return { ok: false, error: parsed.error };
  const chosen: Record<string, string> = {};
  for (const [name, values] of Object.entries(parsed.filters) as [string, string[]][]) {
    // biome-ignore lint/style/noNonNullAssertion: parseListQuery accepted only the options' names
    const option = options.find((o) => o.name === name)!;
    const problem = arityError(option, values);
    if (problem) return { ok: false, error: { parameter: name, message: problem, allowed: option.allowed } };
    chosen[name] = values.join(",");
  }
  return { ok: true, chosen, caseParams, caseKey };
}
