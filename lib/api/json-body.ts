/**
 * Reading a JSON request body without trusting it: the media type, the size and the nesting depth are
 * checked on the bytes as they arrive, before anything is parsed. JSON.parse of a few MB of nested
 * arrays holds the event loop for over a second, and every other request waits behind it.
 */
import type { ApiErrorDetail } from "./schemas";

export const JSON_MEDIA_TYPE = "application/json";

export interface JsonBodyLimits {
  maxBytes: number;
  /** Arrays and objects inside one another, counting the outermost as 1. */
  maxDepth: number;
}

export type JsonBodyResult = { ok: true; text: string } | { ok: false; status: 400 | 413 | 415; error: ApiErrorDetail };

/** A media type as RFC 9110 writes one (bounded), so the 415 can name what was sent without echoing anything else. */
const MEDIA_TYPE = /^[a-z0-9!#$&^_.+-]{1,40}\/[a-z0-9!#$&^_.+-]{1,40}$/;

/** The bytes the scanner acts on, by the character they encode. */
const BYTE = {
  quote: 0x22, // "
  backslash: 0x5c, // \
  openArray: 0x5b, // [
  openObject: 0x7b, // {
  closeArray: 0x5d, // ]
  closeObject: 0x7d, // }
} as const;

/**
 * Tracks how deep arrays and objects nest, chunk by chunk, skipping strings (where brackets are text).
 * It does not validate the JSON (JSON.parse does that after); it only bounds the work the parse can take.
 */
export class NestingScanner {
  private depth = 0;
  private inString = false;
  private escaped = false;

  constructor(private readonly maxDepth: number) {}

  /** False as soon as the nesting passes the limit. */
  feed(bytes: Uint8Array): boolean {
    // An indexed loop of plain comparisons: a few ms for the largest body allowed.
    for (let i = 0; i < bytes.length; i++) {
      const byte = bytes[i];
      if (this.inString) {
        if (this.escaped) this.escaped = false;
        else if (byte === BYTE.backslash) this.escaped = true;
        else if (byte === BYTE.quote) this.inString = false;
      } else if (byte === BYTE.quote) this.inString = true;
      else if (byte === BYTE.openArray || byte === BYTE.openObject) {
        if (++this.depth > this.maxDepth) return false;
      } else if ((byte === BYTE.closeArray || byte === BYTE.closeObject) && this.depth > 0) this.depth--;
    }
    return true;
  }
}

/** The body as text, or the reason it is refused: not JSON (415), too large (413) or nested too deep (400). */
export async function readJsonBody(request: Request, limits: JsonBodyLimits): Promise<JsonBodyResult> {
  const mediaType = (request.headers.get("content-type") ?? "").split(";", 1).join("").trim().toLowerCase();
  if (mediaType !== JSON_MEDIA_TYPE) {
    const given = mediaType === "" ? "no Content-Type" : MEDIA_TYPE.test(mediaType) ? `Content-Type ${mediaType}` : "a malformed Content-Type";
    return refuse(415, `The body must be sent as ${JSON_MEDIA_TYPE} (the request had ${given}).`, [JSON_MEDIA_TYPE]);
  }
  const tooLarge = () => refuse(413, `The body is larger than ${formatBytes(limits.maxBytes)}; split the batch.`);
  if (Number(request.headers.get("content-length") ?? "0") > limits.maxBytes) return tooLarge();
  if (!request.body) return { ok: true, text: "" };

  const reader = request.body.getReader();
  const scanner = new NestingScanner(limits.maxDepth);
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limits.maxBytes) {
      await reader.cancel();
      return tooLarge();
    }
    if (!scanner.feed(value)) {
      // The rest is read and dropped, unscanned: cancelling the stream would reset the connection
      // before the client could read the answer.
      if (!(await discard(reader, limits.maxBytes - size))) return tooLarge();
      return refuse(400, `The body nests arrays or objects more than ${limits.maxDepth} deep; a batch is an array of flat objects.`);
    }
    chunks.push(value);
  }
  return { ok: true, text: new TextDecoder().decode(concat(chunks, size)) };
}

/** Reads to the end without keeping anything; false (and the stream cancelled) past `budget` more bytes. */
async function discard(reader: ReadableStreamDefaultReader<Uint8Array>, budget: number): Promise<boolean> {
  for (let left = budget; ; ) {
    const { done, value } = await reader.read();
    if (done) return true;
    left -= value.byteLength;
    if (left < 0) {
      await reader.cancel();
      return false;
    }
  }
}

function refuse(status: 400 | 413 | 415, message: string, allowed?: readonly string[]): JsonBodyResult {
  return { ok: false, status, error: allowed ? { parameter: null, message, allowed } : { parameter: null, message } };
}

function formatBytes(bytes: number): string {
  return bytes % (1024 * 1024) === 0 ? `${bytes / 1024 / 1024} MB` : `${bytes} bytes`;
}

function concat(chunks: readonly Uint8Array[], size: number): Uint8Array {
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}
