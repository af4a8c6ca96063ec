// @vitest-environment node
// The image cache is keyed on parseChartRequest's key: requests that draw the same image must share it
// (so reordered, re-encoded or ignored parameters are not each a new drawing), and requests that draw
// different images must not.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CHARTS } from "@/lib/charts/registry";
import type { ChartId } from "@/lib/charts/registry-content";
import { IMAGE_PARAMETERS, parseChartRequest } from "@/lib/export/charts";

function request(file: string, query: string) {
  const parsed = parseChartRequest(file, new URLSearchParams(query));
  if (!parsed.ok) throw new Error(`${file}?${query}: ${parsed.error.message}`);
  return parsed;
}
/** A request written as a link writes it: "survival.png?stage=distant". */
function requestOf(url: string) {
  const [file = "", query = ""] = url.split(/\?(.*)/s);
  return request(file, query);
}
function keyOf(url: string) {
  return requestOf(url).key;
}

describe("the image cache key", () => {
  it.each([
    ["survival.png", "survival.png?size=slide&theme=light"],
    ["survival.png", "survival.png?view=table"],
    ["survival.png?measure=five-year-relative&stage=distant", "survival.png?stage=distant&measure=five-year-relative"],
    ["survival.png?stage=distant", "survival.png?stage=%20distant%20"],
    ["survival.png?subtypes=hr-pos-her2-pos,hr-neg-her2-neg", "survival.png?subtypes=hr-pos-her2-pos,hr-neg-her2-neg,hr-pos-her2-pos"],
    ["share-of-cases.svg?theme=dark&wording=details", "share-of-cases.svg?wording=details&view=chart&theme=dark&size=slide"],
    ["testing.png?ihc=2%2B&ratio=2.4&copies=4.4", "testing.png?copies=4.4&ratio=2.4&ihc=%202%2B"],
    ["testing.png?ihc=2%2B", "testing.png?ihc=2+"],
    ["testing.png?ihc=3", "testing.png?ihc=3%2B"],
    // Dual-probe is the default assay: the page's link leaves it out, and so does the image's footer.
    ["testing.png?ihc=2%2B&ratio=2.4&copies=4.4", "testing.png?ihc=2%2B&assay=dual&ratio=2.4&copies=4.4"],
  ])("%s and %s are one image, drawn the same (footer address included)", (a, b) => {
    expect(keyOf(a)).toBe(keyOf(b));
    expect(requestOf(b).spec()).toEqual(requestOf(a).spec());
  });

  it.each([
    ["survival.png", "survival.svg"],
    ["survival.png", "compare.png"],
    ["survival.png", "survival.png?theme=dark"],
    ["survival.png", "survival.png?size=square"],
    ["survival.png", "survival.png?measure=five-year-relative"],
    ["survival.png?subtypes=hr-pos-her2-pos", "survival.png?subtypes=hr-neg-her2-neg"],
    ["compare.png?compare=hr-pos-her2-pos,hr-neg-her2-neg", "compare.png?compare=hr-pos-her2-neg,hr-neg-her2-neg"],
    ["testing.png?ihc=2%2B", "testing.png?ihc=3%2B"],
    ["testing.png", "testing.png?ihc=0"],
  ])("%s and %s are different images", (a, b) => {
    expect(keyOf(a)).not.toBe(keyOf(b));
  });

  it("is shared only by requests that draw the same image, and by every variant of one request (random valid queries)", () => {
    const charts = Object.keys(CHARTS).filter((chart) => chart !== "testing") as Exclude<ChartId, "testing">[];
    // compare takes exactly two different values: its own cases are above.
    const pairsOf = (chart: Exclude<ChartId, "testing">) =>
      fc
        .uniqueArray(fc.constantFrom(...[...CHARTS[chart].options, ...IMAGE_PARAMETERS].filter((f) => f.name !== "compare")), {
          maxLength: 4,
          selector: (f) => f.name,
        })
        .chain((filters) => fc.tuple(...filters.map((filter) => fc.constantFrom(...filter.allowed).map((value): [string, string] => [filter.name, value]))));
    /** The same request written differently: another order, padded values, the page's view switch, the defaults spelled out. */
    const variant = (pairs: [string, string][]) =>
      fc.tuple(fc.shuffledSubarray(pairs, { minLength: pairs.length }), fc.constantFrom("chart", "table"), fc.boolean()).map(([shuffled, view, pad]) => {
        const named = new Map(shuffled.filter(([name]) => name !== "view").map(([name, value]) => [name, pad ? ` ${value} ` : value]));
        if (!named.has("size")) named.set("size", "slide");
        if (!named.has("theme")) named.set("theme", "light");
        return new URLSearchParams([...named, ["view", view]]).toString();
      });
    const cases = fc.constantFrom(...charts).chain((chart) =>
      pairsOf(chart).chain((pairs) =>
        fc.tuple(
          fc.constant(`${chart}.svg`),
          fc.constant(new URLSearchParams(pairs).toString()),
          fc.oneof(
            variant(pairs),
            pairsOf(chart).map((other) => new URLSearchParams(other).toString()),
          ),
          fc.constant(pairs),
        ),
      ),
    );
    fc.assert(
      fc.property(cases, ([file, a, b]) => {
        const [first, second] = [request(file, a), request(file, b)];
        if (first.key === second.key) expect(second.spec()).toEqual(first.spec());
      }),
      { numRuns: 150 },
    );
    fc.assert(
      fc.property(
        fc.constantFrom(...charts).chain((chart) => pairsOf(chart).chain((pairs) => fc.tuple(fc.constant(`${chart}.svg`), fc.constant(pairs), variant(pairs)))),
        ([file, pairs, b]) => {
          expect(request(file, b).key).toBe(request(file, new URLSearchParams(pairs).toString()).key);
        },
      ),
      { numRuns: 150 },
    );
  });
});
