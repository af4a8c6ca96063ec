/**
 * Image requests: "/api/charts/<chart>.<svg|png>?…" parsed strictly against the chart's registry
 * entry (lib/charts/registry), reading the same URL parameters as its page. Unlike pages, which fall
 * back with a notice, a bad parameter in an image URL is a 400.
 */
import { parseListQuery } from "../api/query";
import type { ApiErrorDetail } from "../api/schemas";
import type { ChartSpec } from "../charts/image-scene";
import { CHARTS, type ChartOption, isChartId } from "../charts/registry";
import type { ChartId } from "../charts/registry-content";
import { VIEWS } from "../charts/url-state";
import { WORDINGS } from "../charts/wording";
import { EXPORT_SIZES } from "../scene/frame";

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
  { name: "wording", allowed: WORDINGS, default: "plain", arity: "single", description: "Plain language or details." },
  { name: "view", allowed: VIEWS, default: "chart", arity: "single", description: "Accepted so a page URL's query can be reused as is." },
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
      /** What to draw: built only when the image is not already cached under `key`. */
      spec: () => ChartSpec;
    }
  | { ok: false; error: ApiErrorDetail; status: 400 | 404 };

/** A value count the option's arity does not allow, or null. */
function arityError(option: ChartOption, values: readonly string[]): string | null {
  if (option.arity === "single" && values.length > 1) return "Give a single value.";
  if (option.arity === "pair" && values.length !== 2) return "Give exactly two values.";
  if (option.arity === "pair" && values[0] === values[1]) return "Give two different values.";
  return null;
}

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
  const definition = CHARTS[chart];
  // A case's values are numbers and scores, not a list of allowed words: the chart's own parser checks them.
  // A case may share a name with an image option (a patient's tumour `size`, the image's `size=slide`):
  // the option's own words (slide, square, og) are the image's, any other value the case's.
  const caseNames: readonly string[] = definition.cases?.parameters ?? [];
  const imageWord = (name: string, value: string) => IMAGE_PARAMETERS.some((option) => option.name === name && option.allowed.includes(value.trim()));
  const isCase = ([name, value]: [string, string]) => caseNames.includes(name) && !imageWord(name, value);
  const caseParams = new URLSearchParams([...params].filter(isCase));
  let caseKey: unknown = null;
  if (definition.cases && [...caseParams.keys()].length > 0) {
    const checked = definition.cases.check(caseParams);
    if (!checked.ok) return { ok: false, status: 400, error: { ...checked.error, parameter: checked.error.parameter ?? "case" } };
    caseKey = checked.key;
  }
  const options = [...definition.options, ...IMAGE_PARAMETERS];
  // The file's extension is the format: `format` is no parameter here.
  const parsed = parseListQuery(new URLSearchParams([...params].filter((pair) => !isCase(pair))), options, []);
  if (!parsed.ok) return { ok: false, status: 400, error: parsed.error };
  const chosen: Record<string, string> = {};
  for (const [name, list] of Object.entries(parsed.filters) as [string, string[]][]) {
    // biome-ignore lint/style/noNonNullAssertion: parseListQuery accepted only the options' names
    const option = options.find((o) => o.name === name)!;
    const problem = arityError(option, list);
    if (problem) return { ok: false, status: 400, error: { parameter: name, message: problem, allowed: option.allowed } };
    // A page's chart/table switch: an image is always the chart, so it neither draws nor keys anything.
    if (name !== "view") chosen[name] = list.join(",");
  }
  const size = (chosen.size as ChartSpec["size"] | undefined) ?? "slide";
  const mode = (chosen.theme as ChartSpec["mode"] | undefined) ?? "light";
  const keyed = { ...chosen, size, theme: mode };
  const format = match[2] as ExportFormat;
  // The footer prints the origin, so images for two forwarded hosts are two images.
  const key = JSON.stringify([chart, format, Object.entries(keyed).sort(([a], [b]) => (a < b ? -1 : 1)), caseKey, origin ?? null]);
  const values = { ...chosen, ...Object.fromEntries(caseParams) };
  return { ok: true, chart, format, size, key, spec: () => ({ ...definition.content(values), size, mode, origin }) };
}
