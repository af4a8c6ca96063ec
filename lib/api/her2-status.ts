/**
 * /api/her2-status: classify one HER2 test result (GET) or a batch of up to 10,000 (POST).
 * Validation and classification are lib/her2's; this module only speaks HTTP.
 */
import { classifyHer2, HER2_PARAMETERS, parseHer2Fields, parseHer2QueryString } from "../her2";
import type { ExtraRoute } from "./catalog";
import { CORS_HEADERS, errorResponse, jsonResponse, safeJson } from "./respond";

export const MAX_BATCH_CASES = 10_000;
/** About 300 bytes a case is generous; anything larger is not a batch of cases. */
export const MAX_BATCH_BYTES = 4 * 1024 * 1024;

export const HER2_STATUS_ROUTE: ExtraRoute = {
  path: "/api/her2-status",
  summary:
    "Classify one HER2 test result through the ASCO/CAP 2018/2023 algorithm. Returns { result } with kind (final or pending), status, category, ISH group, recount group, next step, the path of flow-graph node ids, report wording and plain-language and clinical text. POST a JSON array of cases (objects with the same fields, up to 10,000) to classify many at once.",
  parameters: [
    { name: "ihc", description: "IHC score: 0, 1, 2 or 3, optionally followed by + (an unencoded + arrives as a space and is accepted).", allowed: ["0", "1+", "2+", "3+"] },
    { name: "ultralow", description: "Only with IHC 0: true when faint membrane staining is present in ≤10% of cells (HER2-ultralow).", allowed: ["true", "false"] },
    { name: "ratio", description: "Dual-probe ISH HER2/CEP17 ratio (a non-negative decimal)." },
    { name: "copies", description: "Average HER2 signals per cell (a non-negative decimal)." },
    { name: "cep17", description: "Average CEP17 signals per cell (a non-negative decimal)." },
    { name: "recountRatio", description: "HER2/CEP17 ratio from the blinded recount, when the algorithm asks for one." },
    { name: "recountCopies", description: "Average HER2 signals per cell from the blinded recount." },
    { name: "assay", description: "ISH assay: dual (default) or single probe.", allowed: ["dual", "single"] },
  ],
};

export function her2StatusGet(request: Request): Response {
  // The raw query, not searchParams: a decoded "+" is a space, and "ihc=2++" must stay invalid.
  const parsed = parseHer2QueryString(new URL(request.url).search);
  if (!parsed.ok) return errorResponse(parsed.error);
  return jsonResponse(request, { result: classifyHer2(parsed.input) });
}

type BatchEntry = { result: ReturnType<typeof classifyHer2> } | { error: { parameter: string | null; message: string } };

export async function her2StatusPost(request: Request): Promise<Response> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > MAX_BATCH_BYTES) return tooLarge();
  const text = await readLimited(request, MAX_BATCH_BYTES);
  if (text === null) return tooLarge();

  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return errorResponse({ parameter: null, message: "The body must be JSON: an array of cases, each an object with the GET parameters as fields." });
  }
  if (!Array.isArray(body)) {
    return errorResponse({ parameter: null, message: "The body must be a JSON array of cases.", allowed: [...HER2_PARAMETERS] });
  }
  if (body.length > MAX_BATCH_CASES) {
    return errorResponse({ parameter: null, message: `At most ${MAX_BATCH_CASES} cases per request; split the batch.` }, 413);
  }
  const results: BatchEntry[] = body.map((item) => {
    if (item === null || typeof item !== "object" || Array.isArray(item)) {
      return { error: { parameter: null, message: "Each case must be a JSON object." } };
    }
    const parsed = parseHer2Fields(item as Record<string, unknown>);
    return parsed.ok ? { result: classifyHer2(parsed.input) } : { error: parsed.error };
  });
  return new Response(safeJson({ results }), {
    status: 200,
    headers: { ...CORS_HEADERS, "Content-Type": "application/json; charset=utf-8", "Cache-Control": "no-store" },
  });
}

function tooLarge(): Response {
  return errorResponse({ parameter: null, message: `The body is larger than ${MAX_BATCH_BYTES / 1024 / 1024} MB; split the batch.` }, 413);
}

/** Reads the body as text, giving up (null) as soon as it passes `limit` bytes. */
async function readLimited(request: Request, limit: number): Promise<string | null> {
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return new TextDecoder().decode(bytes);
}
