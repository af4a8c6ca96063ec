import { type SearchParams, unrecognisedNotice } from "./charts/url-state";
import { DEFAULT_APPEARANCE, type EmbedAppearance, frameColorScheme, withAppearance } from "./embed-appearance";

/**
 * The charts that embed, by their public names (`/embed/<name>`, kept as first published), with the
 * iframe's title and starting height: what the embed snippet needs, in a module small enough for
 * the browser. The height fits the default view in a 640 px column, with room to spare, for a host
 * without embed.js (tests/e2e/embed.spec checks it). Everything else about each chart (its page,
 * options, image) is in the chart registry.
 */
export const EMBEDDABLE_CHARTS = {
  survival: { title: "Survival by breast cancer subtype", height: 720 },
  compare: { title: "Compare two breast cancer subtypes", height: 1060 },
  prevalence: { title: "Share of breast cancers by subtype", height: 720 },
  subtypes: { title: "How ER, PR and HER2 status combine into subtypes", height: 700 },
  testing: { title: "How a HER2 test result is read (ASCO/CAP)", height: 2860 },
  trials: { title: "Survival over time in the randomised HER2 trials", height: 1060 },
  treatments: { title: "US FDA approvals of HER2-targeted drugs in breast cancer", height: 1980 },
  "incidence-by-subtype": { title: "New breast cancer cases per 100,000 women, by subtype", height: 820 },
  "incidence-by-race": { title: "New breast cancer cases per 100,000 women, by race and ethnicity", height: 920 },
  "incidence-by-age": { title: "HR+/HER2+ breast cancer by age and race/ethnicity", height: 1340 },
  "her2-low": { title: "HER2-low as a share of HER2-negative breast cancers", height: 1420 },
  "median-age": { title: "Median age at diagnosis, by breast cancer subtype", height: 1440 },
  outcomes: { title: "Outcomes for women like this (PREDICT Breast v3.2)", height: 900 },
} as const;
export type EmbeddableChart = keyof typeof EMBEDDABLE_CHARTS;

export function isEmbeddableChart(name: string): name is EmbeddableChart {
  return Object.hasOwn(EMBEDDABLE_CHARTS, name);
}

/** The message an embed posts to its parent page so the iframe can fit its content. */
export const RESIZE_MESSAGE_TYPE = "her2-atlas:resize";

/**
 * The message public/embed.js sends each embed when it starts: an embed that reported its height
 * before the script was listening (it loads async) reports again.
 */
export const MEASURE_MESSAGE_TYPE = "her2-atlas:measure";

function escapeAttribute(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");
}

/** One view of an embeddable chart: its query and, where the caller knows it, the view's title (a measure and its years). */
export interface EmbedView {
  chart: EmbeddableChart;
  search: string;
  title?: string;
}

/**
 * An iframe with a title, lazy loading and a sensible fallback height; the script is optional. The
 * frame declares the embed's colour scheme, so a transparent embed stays transparent on any host.
 * Its title is the view's where given, else the chart's.
 */
export function iframeSnippet(
  origin: string,
  { chart, search, title = EMBEDDABLE_CHARTS[chart].title }: EmbedView,
  appearance: EmbedAppearance = DEFAULT_APPEARANCE,
): string {
  const { height } = EMBEDDABLE_CHARTS[chart];
  const src = `${origin}/embed/${chart}${withAppearance(search, appearance)}`;
  const style = `border:0;max-width:100%;color-scheme:${frameColorScheme(appearance.theme)}`;
  return `<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(title)} (HER2 Atlas)" loading="lazy" width="100%" height="${height}" style="${style}" data-her2-atlas-embed></iframe>`;
}

export function resizeScriptSnippet(origin: string): string {
  return `<script src="${escapeAttribute(origin)}/embed.js" async></script>`;
}

/**
 * For a chart whose page has no settings (/subtypes): every parameter in the link is unknown, so each
 * gets the notice the other pages give an unrecognised setting, and the chart shows as it always does.
 */
export function parseNoSettings(params: SearchParams): { state: null; notices: string[] } {
  return { state: null, notices: Object.keys(params).map(unrecognisedNotice) };
}
