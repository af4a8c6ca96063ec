// @vitest-environment node
import { describe, expect, it } from "vitest";
import { GET } from "@/app/api/her2-status/route";
import { groupsFrom, pathFrom } from "../lib/her2/helpers";
import { INVALID_CASES, VALID_CASES } from "../lib/her2/reference-cases";

/** GET /api/her2-status with a query string exactly as written (nothing re-encoded). */
const get = (query: string) => GET(new Request(`http://localhost/api/her2-status${query === "" ? "" : `?${query}`}`));

/**
 * Two query strings for a reference inputs column ("ihc=2+, ratio=2.5"): as printed, with "+" left
 * unencoded (case 33 is printed already encoded), and with every value percent-encoded.
 */
function queries(inputs: string): { printed: string; encoded: string } {
  const pairs = inputs === "" ? [] : inputs.split(", ").map((pair) => pair.split("=") as [string, string]);
  return {
    printed: pairs.map(([name, value]) => `${name}=${value}`).join("&"),
    encoded: pairs.map(([name, value]) => `${name}=${encodeURIComponent(decodeURIComponent(value))}`).join("&"),
  };
}

interface Body {
  result?: {
    kind: string;
    status?: string;
    category?: string;
    nextStep?: string;
    withComment?: boolean;
    ishGroup: number | null;
    recountGroup: number | null;
    path: string[];
  };
  error?: { parameter: string; message: string };
}

describe("GET /api/her2-status: the 45 valid reference cases end to end", () => {
  it.each(VALID_CASES)("case %i, %s: %s", async (_n, _name, inputs, groupColumn, statusColumn, outcomeColumn, pathColumn) => {
    const { printed, encoded } = queries(inputs);
    const [outcome] = outcomeColumn.split(" ");
    const expected =
      statusColumn === "pending"
        ? { kind: "pending", nextStep: outcome }
        : {
            kind: "final",
            status: statusColumn === "positive" ? "positive" : "negative",
            category: outcome,
            withComment: statusColumn === "negative-with-comment",
          };
    for (const query of new Set([printed, encoded])) {
      const response = get(query);
      expect(response.status, query).toBe(200);
      const { result } = (await response.json()) as Body;
      expect(result, query).toMatchObject({ ...expected, ...groupsFrom(groupColumn), path: pathFrom(pathColumn) });
    }
  });
});

describe("GET /api/her2-status: the 12 invalid reference cases are a 400 naming the parameter", () => {
  it.each(INVALID_CASES)("case %i, %s: %s → %s", async (_n, _name, inputs, parameter, message) => {
    const { printed, encoded } = queries(inputs);
    for (const query of new Set([printed, encoded])) {
      const response = get(query);
      expect(response.status, query).toBe(400);
      expect(response.headers.get("content-type")).toMatch(/^application\/json/);
      const { error } = (await response.json()) as Body;
      expect(error?.parameter, query).toBe(parameter);
      expect(error?.message.toLowerCase(), query).toContain(message.toLowerCase());
    }
  });
});

describe("GET /api/her2-status: an unencoded + (case 47)", () => {
  it("rejects a raw ?ihc=2++ with a 400 naming ihc and the allowed values", async () => {
    const response = get("ihc=2++");
    expect(response.status).toBe(400);
    const { error } = (await response.json()) as { error: { parameter: string; message: string; allowed: string[] } };
    expect(error).toMatchObject({ parameter: "ihc", allowed: ["0", "1+", "2+", "3+"] });
    expect(error.message).toMatch(/at most one "\+"/);
    expect(get("ihc=2++&ratio=2.2&copies=3.5").status).toBe(400);
  });

  it.each(["ihc=2+", "ihc=2%2B", "ihc=2", "ihc=%202%2B%20", "ihc=+2%2B+", "ratio=2.2&copies=3.5&ihc=2+"])("still reads %s as IHC 2+", async (query) => {
    const response = get(query);
    expect(response.status).toBe(200);
    const { result } = (await response.json()) as Body;
    expect(result?.path.slice(0, 3)).toEqual(["start", "ihc", "ihc-2"]);
  });
});
