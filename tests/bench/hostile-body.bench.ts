// @vitest-environment node
// `npx vitest bench --run tests/bench/hostile-body.bench.ts`: how long POST /api/her2-status holds the
// event loop for a hostile body of nested arrays, now refused on its bytes, against JSON.parse of the
// same body (what answering it used to start with). Tests assert the answers; this file only times them.
import { bench, describe } from "vitest";
import { POST } from "@/app/api/her2-status/route";

const nested = (bytes: number) => `${"[".repeat(bytes / 2)}${"]".repeat(bytes / 2)}`;
const post = (body: string) => POST(new Request("http://localhost/api/her2-status", { method: "POST", body, headers: { "Content-Type": "application/json" } }));

for (const [label, body] of [
  ["1 MB", nested(1_000_000)],
  ["4 MB", nested(4_000_000)],
] as const) {
  describe(`${label} of nested arrays`, () => {
    bench("POST /api/her2-status (refused on the bytes)", async () => {
      const response = await post(body);
      if (response.status !== 400) throw new Error(`expected 400, got ${response.status}`);
    });
    bench(
      "JSON.parse of the same body",
      () => {
        JSON.parse(body);
      },
      { iterations: 3, time: 0 },
    );
  });
}
