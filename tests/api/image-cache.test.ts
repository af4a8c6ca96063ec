// @vitest-environment node
// Chart images are drawn once per canonical set of options: a request that only reorders, re-encodes or
// adds the page's view switch is served the image already drawn (same bytes, same ETag), while any
// option that changes the picture draws anew. Draws are counted on the real drawing function.
import { beforeEach, describe, expect, it, vi } from "vitest";
import { imageGetter } from "./image-request";

const draws = vi.hoisted(() => ({ count: 0 }));
vi.mock("@/lib/export/chart-svg", async (importOriginal) => {
  const original = await importOriginal<typeof import("@/lib/export/chart-svg")>();
  return {
    ...original,
    chartSvg: (spec: Parameters<typeof original.chartSvg>[0]) => {
      draws.count++;
      return original.chartSvg(spec);
    },
  };
});

const { GET } = await import("@/app/api/charts/[file]/route");
const getImage = imageGetter(GET, "charts");
const get = async (file: string, query: string) => {
  const response = await getImage(file, `?${query}`);
  expect(response.status).toBe(200);
  return { etag: response.headers.get("etag"), body: Buffer.from(await response.arrayBuffer()) };
};

describe("the chart image cache", () => {
  beforeEach(() => {
    draws.count = 0;
  });

  it.each([
    [
      "survival.png",
      [
        "measure=five-year-relative&stage=distant",
        "stage=distant&measure=five-year-relative",
        "stage=%20distant&measure=five-year-relative&view=table",
        "measure=five-year-relative&stage=distant&size=slide&theme=light",
      ],
    ],
    ["testing.svg", ["ihc=2%2B&ratio=2.4&copies=4.4", "copies=4.4&ihc=2+&ratio=2.4", "ratio=2.4&copies=4.4&ihc=%202%2B&view=chart"]],
  ])("draws %s once for every way of writing the same options", async (file, queries) => {
    const answers = [];
    for (const query of queries) answers.push(await get(file, query));
    expect(draws.count).toBe(1);
    for (const answer of answers.slice(1)) {
      expect(answer.etag).toBe(answers[0]!.etag);
      expect(answer.body.equals(answers[0]!.body)).toBe(true);
    }
  });

  it("draws again for an option that changes the picture", async () => {
    const light = await get("compare.svg", "compare=hr-pos-her2-pos,hr-neg-her2-neg");
    const dark = await get("compare.svg", "compare=hr-pos-her2-pos,hr-neg-her2-neg&theme=dark");
    expect(draws.count).toBe(2);
    expect(dark.etag).not.toBe(light.etag);
  });
});
