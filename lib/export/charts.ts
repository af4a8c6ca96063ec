/**
 * Image requests: "/api/charts/<chart>.<svg|png>?…" parsed strictly against the chart's registry
 * entry (lib/charts/registry), reading the same URL parameters as its page. Unlike pages, which fall
 * back with a notice, a bad parameter in an image URL is a 400.
 */
import type { ApiErrorDetail } from "../api/schemas";
import type { ChartSpec } from "../charts/image-scene";
import { CHARTS, type ChartOption, checkChartQuery, isChartId, PAGE_VIEW_OPTIONS } from "../charts/registry";
import type { ChartId } from "../charts/registry-content";
import { EXPORT_SIZES } from "../scene/frame";
import { imageFileName } from "./image-url";

export const EXPORT_FORMATS = ["svg", "png"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** Options every chart image takes, besides its page's own. */
export const IMAGE_PARAMETERS: readonly ChartOption[] = [
  {
    name: "size",
    allowed: Object.keys(EXPORT_SIZES),
    default: "slide",
    arity: "single",
    description: "slide (16:9, 1600×900), square (1080×1080) or og (social preview, 1200×630).",
  },
  { name: "theme", allowed: ["light", "dark"], default: "light", arity: "single", description: "Light or dark background." },
  // Taken so a page URL's query can be reused as is.
  ...PAGE_VIEW_OPTIONS,
];

/** Every image file there is, for a 404's list and the OpenAPI document. */
export const CHART_FILES = Object.keys(CHARTS).flatMap((chart) => EXPORT_FORMATS.map((format) => `${chart}.${format}`));

export type ChartRequest =
  | {
      ok: true;
      chart: ChartId;
      format: ExportFormat;
      size: ChartSpec["size"];
      /** The validated options in a fixed order, defaults filled in: equal for every request that draws the same image. */
      key: string;
      /** The file's name for a download, from the same checked options ("survival-five-year-relative-distant-slide.png"). */
      fileName: string;
      /** What to draw: built only when the image is not already cached under `key`. */
      spec: () => ChartSpec;
    }
  | { ok: false; error: ApiErrorDetail; status: 400 | 404 };

/**
 * "/api/charts/survival.svg?measure=…" → what to draw, or the parameter that is wrong. `origin` is the
 * public origin the image's footer names (the caller resolves it; lib/site-origin).
 */
export function parseChartRequest(file: string, params: URLSearchParams, origin?: string): ChartRequest {
  const match = /^([a-z0-9-]+)\.(svg|png)$/.exec(file);
  const chart = match?.[1];
  if (!match || !chart || !isChartId(chart)) {
    return { ok: false, status: 404, error: { parameter: "chart", message: "No such chart image.", allowed: CHART_FILES } };
  }
  const checked = checkChartQuery(CHARTS[chart], params, IMAGE_PARAMETERS);
  if (!checked.ok) return { ok: false, status: 400, error: checked.error };
  // A page's chart/table switch: an image is always the chart, so it neither draws nor keys anything.
  const given = Object.fromEntries(Object.entries(checked.chosen).filter(([name]) => name !== "view"));
  const chosen = CHARTS[chart].canonical?.(given) ?? given;
  const size = (chosen.size as ChartSpec["size"] | undefined) ?? "slide";
  const mode = (chosen.theme as ChartSpec["mode"] | undefined) ?? "light";
  const keyed = { ...chosen, size, theme: mode };
  const format = match[2] as ExportFormat;
  // The footer prints the origin, so images for two forwarded hosts are two images.
  const key = JSON.stringify([chart, format, Object.entries(keyed).sort(([a], [b]) => (a < b ? -1 : 1)), checked.caseKey, origin ?? null]);
  const values = { ...chosen, ...Object.fromEntries(checked.caseParams) };
  // The chart's options in its own order (whatever the query's), then the case as its canonical query.
  const optionWords = [...CHARTS[chart].options, ...PAGE_VIEW_OPTIONS].flatMap(({ name }) => (name in chosen ? [String(chosen[name])] : []));
  const caseWords = [...new URLSearchParams(checked.caseKey)].map(([name, value]) => `${name}-${value}`);
  const fileName = imageFileName(chart, [...optionWords, ...caseWords], size, mode, format);
  return { ok: true, chart, format, size, key, fileName, spec: () => ({ ...CHARTS[chart].content(values), size, mode, origin }) };
}
