/**
 * oEmbed (https://oembed.com) for chart pages: a `rich` response whose html is our iframe snippet,
 * in the embed's theme, plain and transparent look (lib/embed-appearance) where the request asks.
 */
import { chartForEmbed, checkChartQuery, embedAt, PAGE_EMBEDS, PAGE_VIEW_OPTIONS, viewTitle } from "../charts/registry";
import { EMBEDDABLE_CHARTS, type EmbeddableChart, iframeSnippet, isEmbeddableChart } from "../embed";
import { APPEARANCE_PARAMETERS, APPEARANCE_VALUES, isAppearanceParameter, parseEmbedAppearance } from "../embed-appearance";
import { safeExcerpt } from "../excerpt";
import { viewQueryParams } from "../her2/query-string";
import { SITE_NAME } from "../release";
import { publicOrigin } from "../site-origin";
import { BAD_QUERY, type ExtraRoute, jsonContent, NOT_MODIFIED, schemaRef } from "./catalog";
import { errorResponse, jsonResponse } from "./respond";

const OEMBED_PARAMETERS: readonly string[] = ["url", "maxwidth", "maxheight", "format", ...APPEARANCE_PARAMETERS];

/** oEmbed's format: JSON is the only one offered. */
const FORMAT_VALUES = ["json"];

const PAGE_CHARTS = PAGE_EMBEDS;

/** Upper bound of maxwidth/maxheight: far beyond any screen, so a larger value is a mistake, not a request. */
const MAX_SIZE_PX = 10_000;

/** An oEmbed size limit: absent → the chart's own size; whole pixels in range → at most that; anything else → null. */
function sizeLimit(raw: string | null, own: number): number | null {
  if (raw === null) return own;
  if (!/^\d{1,5}$/.test(raw)) return null;
  const value = Number(raw);
  return value >= 1 && value <= MAX_SIZE_PX ? Math.min(value, own) : null;
}

function badSize(parameter: "maxwidth" | "maxheight"): Response {
  return errorResponse({ parameter, message: `Give ${parameter} as a whole number of pixels from 1 to ${MAX_SIZE_PX}.` });
}

/** The values an oEmbed parameter takes, where they are a list (the format's, the look's); url and the sizes are free text. */
function valuesOf(name: string): readonly string[] | undefined {
  if (name === "format") return FORMAT_VALUES;
  return isAppearanceParameter(name) ? APPEARANCE_VALUES[name] : undefined;
}

/**
 * A web address of this site: http or https (a link may predate a redirect to https), its public
 * host, and no credentials. Anything else (javascript:, ftp:, user:pw@) names none of its charts.
 */
function isSiteAddress(target: URL, origin: string): boolean {
  const web = target.protocol === "http:" || target.protocol === "https:";
  return web && target.host === new URL(origin).host && target.username === "" && target.password === "";
}

/** The chart an address names: a page's (a #section's chart where it names one) or an embed's own. */
function chartFor(target: URL): EmbeddableChart | null {
  const embed = /^\/embed\/([a-z-]+)$/.exec(target.pathname)?.[1];
  if (embed) return isEmbeddableChart(embed) ? embed : null;
  return embedAt(target.pathname, target.hash);
}

export const OEMBED_ROUTE: ExtraRoute = {
  path: "/api/oembed",
  summary: "oEmbed (https://oembed.com) for chart pages and embeds: a rich response whose html is the iframe snippet for that view.",
  example: "/api/oembed?url=/survival",
  parameters: [
    {
      name: "url",
      required: true,
      description: `The chart page or embed, as a full http(s) address on this server (without credentials) or a path: ${[...Object.keys(PAGE_CHARTS), ...Object.keys(EMBEDDABLE_CHARTS).map((c) => `/embed/${c}`)].join(", ")}; its query (a view the page has, checked as its image checks it) is kept.`,
    },
    { name: "maxwidth", description: `Largest width in px, a whole number from 1 to ${MAX_SIZE_PX}; the answer is at most 960.` },
    { name: "maxheight", description: `Largest height in px, a whole number from 1 to ${MAX_SIZE_PX}; the answer is at most the chart's own height.` },
    { name: "format", description: "json, the only format offered (another is a 501, as oEmbed specifies).", allowed: FORMAT_VALUES },
    {
      name: "theme",
      description: "The embed's colours: auto (the default) follows the reader's system; light or dark whatever it is. Overrides a theme in the url's query.",
      allowed: APPEARANCE_VALUES.theme,
    },
    {
      name: "plain",
      description: "1: no title, takeaway or link back, for a page that captions the chart itself (the source line stays).",
      allowed: APPEARANCE_VALUES.plain,
    },
    { name: "transparent", description: "1: a transparent background, so the page's own shows through.", allowed: APPEARANCE_VALUES.transparent },
  ],
  operations: {
    get: {
      operationId: "getOembed",
      summary: "oEmbed rich response for a chart.",
      responses: {
        "200": { description: "The oEmbed response.", content: jsonContent({ type: "object", required: ["version", "type", "html", "width", "height"] }) },
        "304": NOT_MODIFIED,
        "400": BAD_QUERY,
        "404": { description: "The url is not an embeddable chart on this server.", content: jsonContent(schemaRef("Error")) },
        "501": { description: "A format other than json.", content: jsonContent(schemaRef("Error")) },
      },
    },
  },
};

export function oembedResponse(request: Request): Response {
  const params = new URL(request.url).searchParams;
  // Their values are free text (a url's query has commas, as in compare=a,b), so only the names are checked here.
  for (const name of new Set(params.keys())) {
    if (!OEMBED_PARAMETERS.includes(name)) return errorResponse({ parameter: safeExcerpt(name), message: "Unknown parameter.", allowed: OEMBED_PARAMETERS });
    if (params.getAll(name).length > 1) return errorResponse({ parameter: name, message: "Give this parameter once.", allowed: valuesOf(name) });
  }
  // oEmbed's own parameters: url (required), maxwidth, maxheight; format is json or absent.
  const format = params.get("format");
  if (format !== null && format !== "json") return errorResponse({ parameter: "format", message: "Only JSON is offered.", allowed: FORMAT_VALUES }, 501);
  const raw = params.get("url");
  // The site's public origin, never the address this request reached (behind a proxy that is an internal name).
  const origin = publicOrigin(request.headers);
  let target: URL;
  try {
    // A path is resolved against the public origin, so pages can advertise themselves without knowing their host.
    target = new URL(raw ?? "", raw?.startsWith("/") ? origin : undefined);
  } catch {
    return errorResponse({ parameter: "url", message: "Give the full address of a HER2 Atlas chart page.", allowed: Object.keys(PAGE_CHARTS) });
  }
  const chart = isSiteAddress(target, origin) ? chartFor(target) : null;
  if (!chart)
    return errorResponse({ parameter: "url", message: "That address is not an embeddable HER2 Atlas chart.", allowed: Object.keys(PAGE_CHARTS) }, 404);
  // The snippet embeds the url's view, so it must be one its page has: checked as the chart's image checks its
  // query (the chart registry's check), the look aside (read below as the embed reads it).
  const view = new URLSearchParams([...viewQueryParams(target.search)].filter(([name]) => !isAppearanceParameter(name)));
  const embedded = chartForEmbed(chart);
  const checked = checkChartQuery(embedded, view, PAGE_VIEW_OPTIONS);
  if (!checked.ok) return errorResponse({ parameter: "url", message: `In the url, "${checked.error.parameter}" is wrong: ${checked.error.message}` });
  const width = sizeLimit(params.get("maxwidth"), 960);
  const height = sizeLimit(params.get("maxheight"), EMBEDDABLE_CHARTS[chart].height);
  if (width === null) return badSize("maxwidth");
  if (height === null) return badSize("maxheight");
  // The look: as the url's query gives it (read as the embed reads it), then as oEmbed's own parameters say, which must be valid.
  const chosen: Record<string, string> = {};
  for (const name of APPEARANCE_PARAMETERS) {
    const value = params.get(name);
    if (value === null) continue;
    const allowed: readonly string[] = APPEARANCE_VALUES[name];
    if (!allowed.includes(value)) return errorResponse({ parameter: name, message: `Give ${name} as one of ${allowed.join(", ")}.`, allowed });
    chosen[name] = value;
  }
  const { appearance } = parseEmbedAppearance({ ...Object.fromEntries(target.searchParams), ...chosen });
  const title = viewTitle(embedded, checked);
  const body = {
    version: "1.0",
    type: "rich",
    provider_name: SITE_NAME,
    provider_url: origin,
    title,
    width,
    height,
    html: iframeSnippet(origin, { chart, search: target.search, title }, appearance).replace(/height="\d+"/, `height="${height}"`),
  };
  return jsonResponse(request, body);
}
