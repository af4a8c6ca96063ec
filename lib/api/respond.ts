/**
 * Building API responses with the Web-standard Response: the JSON envelope, CSV downloads, CORS,
 * caching and conditional GETs (design.md §3). No framework imports, so it is testable as is.
 */
import { BoundedCache } from "../bounded-cache";
import { toCsv } from "../csv/format";
import { DATA_VERSION, sourceFor, sourcesFor } from "../datasets";
import httpCache from "../http-cache.json";
import { csvColumns, type DatasetEndpoint } from "./endpoints";
import { matchesFilters, type ParsedQuery, parseListQuery } from "./query";
import type { ApiErrorDetail } from "./schemas";

/**
 * Every GET answer is a pure function of the URL and the data release, which changes only with a deploy:
 * browsers keep it 5 minutes, shared caches an hour, and may serve it a day stale while they revalidate.
 * One policy for pages, embeds, images and datasets (next.config.js sends it on pages and embeds).
 */
export const CACHE_CONTROL = httpCache.sharedCacheControl;

export const CORS_HEADERS = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Allow-Methods": "GET, HEAD, POST, OPTIONS",
  "Access-Control-Allow-Headers": "If-None-Match, Content-Type",
  "Access-Control-Expose-Headers": "ETag, Content-Disposition",
};

/** Two 32-bit FNV-1a passes: a stable, dependency-free fingerprint of the body for the ETag. */
export function fingerprint(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x01000193) ^ (b >>> 15);
  }
  return (a >>> 0).toString(16).padStart(8, "0") + (b >>> 0).toString(16).padStart(8, "0");
}

export function etagMatches(request: Request, etag: string): boolean {
  const header = request.headers.get("if-none-match");
  if (!header) return false;
  return header === "*" || header.split(",").some((tag) => tag.trim().replace(/^W\//, "") === etag);
}

/** JSON with <, > and & escaped: the same value, but inert if someone pastes it into HTML. */
export function safeJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, "\\u003c").replace(/>/g, "\\u003e").replace(/&/g, "\\u0026");
}

const JSON_TYPE = "application/json; charset=utf-8";

interface Representation {
  /** Encoded once: memoized bodies are then sent without re-encoding tens of kB per request. */
  body: Uint8Array<ArrayBuffer>;
  etag: string;
  contentType: string;
  extraHeaders: Record<string, string>;
}

const encoder = new TextEncoder();

function represent(body: string, contentType: string, extraHeaders: Record<string, string> = {}): Representation {
  return { body: encoder.encode(body), etag: `"${fingerprint(body)}"`, contentType, extraHeaders };
}

/** A cacheable 200 (or a 304 when the client already holds this exact body). */
function cachedResponse(request: Request, { body, etag, contentType, extraHeaders }: Representation): Response {
  const headers = { ...CORS_HEADERS, "Cache-Control": CACHE_CONTROL, ETag: etag, ...extraHeaders };
  if (etagMatches(request, etag)) return new Response(null, { status: 304, headers });
  return new Response(body, { status: 200, headers: { ...headers, "Content-Type": contentType } });
}

export function jsonResponse(request: Request, value: unknown): Response {
  return cachedResponse(request, represent(safeJson(value), JSON_TYPE));
}

/** JSON that no cache may keep: errors, and answers to a POST. */
export function uncachedJsonResponse(value: unknown, status = 200): Response {
  return new Response(safeJson(value), { status, headers: { ...CORS_HEADERS, "Content-Type": JSON_TYPE, "Cache-Control": "no-store" } });
}

/** Recent bodies, so a 67 kB dataset answer is not rebuilt and re-serialised for every request. */
const recentBodies = new BoundedCache<Representation>(256);

/** Every error answer of every route: an empty `allowed` is left out, since it would claim the parameter takes nothing. */
export function errorResponse({ allowed, ...error }: ApiErrorDetail, status = 400): Response {
  return uncachedJsonResponse({ error: allowed && allowed.length > 0 ? { ...error, allowed } : error }, status);
}

/**
 * GET of a fixed JSON document (the /api index, the OpenAPI description): built and encoded once,
 * and strict like every route: the only parameter is format, and the only format JSON.
 */
export function documentHandler(build: () => unknown): (request: Request) => Response {
  let representation: Representation | null = null;
  return (request) => {
    const parsed = parseListQuery(new URL(request.url).searchParams, []);
    if (!parsed.ok) return errorResponse(parsed.error);
    if (parsed.format !== "json") {
      return errorResponse({
        parameter: "format",
        message: "This document is JSON only; CSV is offered by the dataset routes (/api/<dataset>?format=csv).",
        allowed: ["json"],
      });
    }
    representation ??= represent(safeJson(build()), JSON_TYPE);
    return cachedResponse(request, representation);
  };
}

export function preflightResponse(): Response {
  return new Response(null, { status: 204, headers: { ...CORS_HEADERS, "Access-Control-Max-Age": "86400" } });
}

function csvRepresentation(filename: string, csv: string): Representation {
  return represent(csv, "text/csv; charset=utf-8", { "Content-Disposition": `attachment; filename=${filename}` });
}

/** A CSV download, cacheable like every GET answer. */
export function csvResponse(request: Request, filename: string, csv: string): Response {
  return cachedResponse(request, csvRepresentation(filename, csv));
}

/** GET /api/<dataset>: validate the query, filter rows, answer JSON or CSV. */
export function datasetResponse<Name extends string, Row extends { sourceId: string }>(request: Request, endpoint: DatasetEndpoint<Name, Row>): Response {
  const parsed = parseListQuery(new URL(request.url).searchParams, endpoint.filters);
  if (!parsed.ok) return errorResponse(parsed.error);

  const canonicalQuery = endpoint.filters.map((f) => `${f.name}=${parsed.filters[f.name]?.join(",") ?? ""}`).join("&");
  const key = `${endpoint.dataset}?${canonicalQuery}&format=${parsed.format}`;
  const representation = recentBodies.get(key) ?? recentBodies.set(key, buildRepresentation(endpoint, parsed));
  return cachedResponse(request, representation);
}

function buildRepresentation<Name extends string, Row extends { sourceId: string }>(
  endpoint: DatasetEndpoint<Name, Row>,
  parsed: Extract<ParsedQuery<string>, { ok: true }>,
): Representation {
  const data = endpoint.rows.filter((row) => matchesFilters(endpoint.filterValues(row), parsed.filters));
  if (parsed.format === "csv") {
    const records = data.map((row) => ({ ...endpoint.toCsvRecord(row), source_citation: sourceFor(row.sourceId).citation }));
    return csvRepresentation(`${endpoint.dataset}.csv`, toCsv(records, [...csvColumns(endpoint), "source_citation"]));
  }
  const extras = endpoint.envelope?.value ?? {};
  const query = Object.fromEntries(Object.entries(parsed.filters).flatMap(([name, values]) => (values ? [[name, values.join(",")]] : [])));
  const envelope = { dataset: endpoint.dataset, version: DATA_VERSION, ...extras, query, data, sources: sourcesFor([data, extras]) };
  return represent(safeJson(envelope), JSON_TYPE);
}
