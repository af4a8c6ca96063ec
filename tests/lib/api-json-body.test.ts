import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { NestingScanner, readJsonBody } from "@/lib/api/json-body";

/** How deep arrays and objects nest in a JSON value, the outermost counting 1. */
function depthOf(value: unknown): number {
  if (value === null || typeof value !== "object") return 0;
  const children = Array.isArray(value) ? value : Object.values(value as Record<string, unknown>);
  return 1 + Math.max(0, ...children.map(depthOf));
}

/** The scan of `text` fed in pieces cut at the given byte offsets. */
function scanInPieces(text: string, maxDepth: number, cuts: number[]): boolean {
  const bytes = new TextEncoder().encode(text);
  const scanner = new NestingScanner(maxDepth);
  const offsets = [0, ...cuts.map((cut) => cut % (bytes.length + 1)).sort((a, b) => a - b), bytes.length];
  return offsets.slice(1).every((end, i) => scanner.feed(bytes.subarray(offsets[i], end)));
}

describe("NestingScanner", () => {
  it("agrees with the parsed value's depth for any JSON, however the bytes arrive (brackets inside strings are text)", () => {
    const text = fc.string({ unit: fc.constantFrom("[", "]", "{", "}", '"', "\\", "a", "é") });
    const value = fc.letrec((tie) => ({
      node: fc.oneof(
        { depthSize: "small" },
        fc.constant(null),
        fc.integer(),
        text,
        fc.array(tie("node"), { maxLength: 3 }),
        fc.dictionary(text, tie("node"), { maxKeys: 3 }),
      ),
    })).node;
    fc.assert(
      fc.property(value, fc.integer({ min: 0, max: 6 }), fc.array(fc.nat(), { maxLength: 4 }), (json, maxDepth, cuts) => {
        expect(scanInPieces(JSON.stringify(json), maxDepth, cuts)).toBe(depthOf(json) <= maxDepth);
      }),
      { numRuns: 500 },
    );
  });

  it.each([
    ["[]", 1, true],
    ["[[]]", 1, false],
    ['[{"a":[1]}]', 3, true],
    ['[{"a":[1]}]', 2, false],
    ['["[[[[", "\\"[[[["]', 1, true],
    ['[{"\\\\":[[1]]}]', 3, false],
  ])("%s with at most %i levels: %s", (json, maxDepth, ok) => {
    expect(new NestingScanner(maxDepth).feed(new TextEncoder().encode(json))).toBe(ok);
  });
});

const post = (body: BodyInit | null, contentType?: string) =>
  new Request("http://localhost/api/x", { method: "POST", body, headers: contentType === undefined ? {} : { "Content-Type": contentType } });
const limits = { maxBytes: 1024, maxDepth: 3 };

describe("readJsonBody", () => {
  it.each(["application/json", "application/json; charset=utf-8", "Application/JSON ; charset=UTF-8"])("reads a body sent as %s", async (type) => {
    expect(await readJsonBody(post('[{"ihc":"3+"}]', type), limits)).toEqual({ ok: true, text: '[{"ihc":"3+"}]' });
  });

  it.each([
    ["text/plain", "Content-Type text/plain"],
    ["text/csv", "Content-Type text/csv"],
    ["application/x-www-form-urlencoded", "Content-Type application/x-www-form-urlencoded"],
    ["application/jsonp", "Content-Type application/jsonp"],
    ["<b>x</b>", "a malformed Content-Type"],
    [`application/${"x".repeat(60)}`, "a malformed Content-Type"],
  ])("refuses %s with 415 naming the accepted type", async (type, named) => {
    const read = await readJsonBody(post("[]", type), limits);
    expect(read).toEqual({
      ok: false,
      status: 415,
      error: { parameter: null, message: expect.stringContaining(named) as string, allowed: ["application/json"] },
    });
  });

  it("refuses a body without a Content-Type with 415", async () => {
    // A Blob body without a type sends no Content-Type at all (a string would default to text/plain).
    const read = await readJsonBody(post(new Blob(["[]"])), limits);
    expect(read).toMatchObject({ ok: false, status: 415, error: { message: expect.stringContaining("no Content-Type") as string } });
  });

  it("refuses a body over the limit with 413, whether declared or streamed", async () => {
    const declared = new Request("http://localhost/api/x", {
      method: "POST",
      body: "[]",
      headers: { "Content-Type": "application/json", "Content-Length": "1025" },
    });
    expect(await readJsonBody(declared, limits)).toMatchObject({ ok: false, status: 413 });
    expect(await readJsonBody(post(`[${"1,".repeat(600)}1]`, "application/json"), limits)).toMatchObject({ ok: false, status: 413 });
    expect(await readJsonBody(post(`[${"1,".repeat(500)}1]`, "application/json"), limits)).toMatchObject({ ok: true });
  });

  it("refuses nesting past the limit with a 400 naming the body, and accepts it at the limit", async () => {
    const read = await readJsonBody(post("[[[[1]]]]", "application/json"), limits);
    expect(read).toEqual({
      ok: false,
      status: 400,
      error: { parameter: null, message: expect.stringMatching(/^The body nests .* more than 3 deep/) as string },
    });
    expect(await readJsonBody(post("[[[1]]]", "application/json"), limits)).toEqual({ ok: true, text: "[[[1]]]" });
  });

  /** A body arriving in the given chunks, recording how much of it was read and whether it was cancelled. */
  function streamed(chunks: string[]) {
    const seen = { pulled: 0, cancelled: false };
    const queue = chunks.map((chunk) => new TextEncoder().encode(chunk));
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        const next = queue.shift();
        if (next) {
          seen.pulled++;
          controller.enqueue(next);
        } else controller.close();
      },
      cancel() {
        seen.cancelled = true;
      },
    });
    const request = new Request("http://localhost/api/x", {
      method: "POST",
      body,
      headers: { "Content-Type": "application/json" },
      duplex: "half",
    } as RequestInit);
    return { request, seen };
  }

  it("reads a refused deep body to its end without keeping it, so the client can read the answer", async () => {
    const { request, seen } = streamed(["[[[[", "1]]]]", " ".repeat(500)]);
    expect(await readJsonBody(request, limits)).toMatchObject({ ok: false, status: 400 });
    expect(seen).toEqual({ pulled: 3, cancelled: false });
  });

  it("stops reading a deep body that also passes the size limit, with 413", async () => {
    const { request, seen } = streamed(["[[[[", ...Array.from({ length: 10 }, () => " ".repeat(600))]);
    expect(await readJsonBody(request, limits)).toMatchObject({ ok: false, status: 413 });
    expect(seen.cancelled).toBe(true);
    expect(seen.pulled).toBeLessThan(6);
  });
});
