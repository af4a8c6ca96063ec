// @vitest-environment node
import { afterEach, describe, expect, it, vi } from "vitest";
import { GET } from "@/app/api/charts/[file]/route";
import { CHART_IDS, CHARTS } from "@/lib/charts/registry";
import { itNamesTheBadParameter } from "./error-answer";
import { expectPng } from "./image-answer";
import { imageGetter } from "./image-request";

const get = imageGetter(GET, "charts");

describe("GET /api/charts/<chart>.svg|png", () => {
  it("renders the survival chart as a 16:9 SVG with title, takeaway, values and citation baked in", async () => {
    const response = await get("survival.svg");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("image/svg+xml; charset=utf-8");
    const svg = await response.text();
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="1600" height="900"/);
    expect(svg).toContain("Four-year breast cancer-specific survival by subtype");
    for (const value of ["92.5%", "90.3%", "82.7%", "77.0%"]) expect(svg).toContain(value);
    expect(svg).toContain("Howlader N, Cronin KA");
    expect(svg).not.toContain("var(--");
  });

  it("sends each image as a file named by its view, size and theme", async () => {
    const disposition = async (file: string, query: string) => (await get(file, query)).headers.get("content-disposition");
    expect(await disposition("survival.png", "?stage=distant&measure=five-year-relative&theme=dark")).toBe(
      "inline; filename=survival-five-year-relative-distant-slide-dark.png",
    );
    expect(await disposition("testing.svg", "?ihc=2%2B&ratio=2.5&copies=5.1")).toBe("inline; filename=testing-ihc-2-ratio-2.5-copies-5.1-slide.svg");
  });

  describe("the footer's address", () => {
    afterEach(() => vi.unstubAllEnvs());

    it("names the view on the public origin (SITE_URL), whatever address the request reached", async () => {
      vi.stubEnv("SITE_URL", "https://her2.example.org");
      const svg = await (await get("survival.svg", "?stage=distant&measure=five-year-relative&size=square")).text();
      // On a square the address wraps before its "&" (lib/scene/address).
      expect(svg).toContain(">HER2 Atlas · her2.example.org/survival?measure=five-year-relative</tspan>");
      expect(svg).toContain(">&amp;stage=distant</tspan>");
      expect(svg).not.toContain("localhost");
    });

    it("names a trusted proxy's forwarded host when no SITE_URL is set, and never an untrusted one", async () => {
      vi.stubEnv("SITE_URL", "");
      vi.stubEnv("PORT", "");
      const forwarded = { "x-forwarded-host": "atlas.example.net", "x-forwarded-proto": "https" };
      const request = () => imageGetter(GET, "charts", "http://internal:3000")("trials.svg", "", { headers: forwarded });
      expect(await (await request()).text()).toContain(">HER2 Atlas · localhost:3000/trials<");
      vi.stubEnv("TRUST_PROXY", "1");
      expect(await (await request()).text()).toContain(">HER2 Atlas · atlas.example.net/trials<");
    });
  });

  it("follows the page's parameters and the theme", async () => {
    const svg = await (await get("survival.svg", "?measure=five-year-relative&stage=distant&theme=dark&size=square")).text();
    expect(svg).toMatch(/width="1080" height="1080"/);
    expect(svg).toContain("45.6%");
    expect(svg).not.toContain("92.5%");
    expect(svg).toContain('fill="#111418"');
  });

  it("renders PNG at the requested size", async () => {
    for (const [size, width, height] of [
      ["slide", 1600, 900],
      ["square", 1080, 1080],
    ] as const) {
      await expectPng(await get("survival.png", `?size=${size}`), width, height);
    }
  });

  itNamesTheBadParameter(get, [
    ["survival.svg", "?size=poster", 400, "size"],
    ["survival.svg", "?theme=dark,light", 400, "theme"],
    ["survival.svg", "?measure=overall", 400, "measure"],
    ["survival.svg", "?bogus=1", 400, "bogus"],
    ["treatments.svg", "?class=vaccine", 400, "class"],
    ["treatments.png", "?population=her2-low,her2-zero", 400, "population"],
    ["treatments.svg", "?size=square&theme=sepia", 400, "theme"],
    ["compare.svg", "?compare=hr-neg-her2-pos", 400, "compare"],
    ["compare.svg", "?compare=hr-neg-her2-pos,unknown", 400, "compare"],
    // One subtype twice is no comparison: a 400, not the default pair drawn silently.
    ["compare.png", "?compare=hr-neg-her2-pos,hr-neg-her2-pos", 400, "compare"],
    ["testing.svg", "?ihc=9", 400, "ihc"],
    // Two unencoded pluses may be "2++", which /api/her2-status rejects: decoding alone would read "2".
    ["testing.svg", "?ihc=2++", 400, "ihc"],
    ["testing.png", "?ihc=2++&ratio=2.5&copies=5", 400, "ihc"],
    ["testing.png", "?ihc=2%2B&ratio=abc", 400, "ratio"],
    ["testing.svg", "?ihc=1%2B&bogus=1", 400, "bogus"],
    // A heart dose without radiotherapy: the page asks for 0, so its image draws no result either.
    [
      "outcomes.svg",
      "?age=50&screen=0&size=20&grade=2&nodes=2&er=1&pr=1&her2=1&ki67=1&generation=3&horm=1&traz=1&bis=1&radio=0&heartGy=4&smoker=1",
      400,
      "heartGy",
    ],
    ["subtypes.png", "?size=poster", 400, "size"],
    // The matrix has no controls of its own: a page filter from elsewhere is not silently ignored.
    ["subtypes.svg", "?period=2016-2020", 400, "period"],
    // The /prevalence charts take the page's filters, each checked as the page checks it.
    ["incidence-by-subtype.svg", "?period=2010-2014", 400, "period"],
    ["incidence-by-subtype.svg", "?period=2017-2021,2016-2020", 400, "period"],
    ["incidence-by-race.svg", "?raceFigures=everyone", 400, "raceFigures"],
    ["incidence-by-age.svg", "?races=martian", 400, "races"],
    ["incidence-by-age.svg", "?races=", 400, "races"],
    ["her2-low.svg", "?wording=loud", 400, "wording"],
    ["median-age.png", "?size=poster", 400, "size"],
    ["median-age.png", "?measure=five-year-relative", 400, "measure"],
    ["nothing.svg", "", 404, "chart"],
    ["survival.gif", "", 404, "chart"],
    // A name on Object.prototype is not a chart (this was a 500).
    ["constructor.svg", "", 404, "chart"],
  ]);

  it("renders the share-of-cases chart with the HER2-positive subtypes", async () => {
    const svg = await (await get("share-of-cases.svg")).text();
    expect(svg).toContain("69.5%");
    expect(svg).toContain("4.0%");
  });

  it.each(["treatments", "compare", "testing", "subtypes"])("renders %s as PNG at both sizes and as a dark SVG", async (chart) => {
    for (const [size, width, height] of [
      ["slide", 1600, 900],
      ["square", 1080, 1080],
    ] as const) {
      const response = await get(`${chart}.png`, `?size=${size}`);
      expect(response.status).toBe(200);
      expect(response.headers.get("content-disposition")).toBe(`inline; filename=${chart}-${size}.png`);
      await expectPng(response, width, height);
    }
    const dark = await (await get(`${chart}.svg`, "?theme=dark")).text();
    expect(dark).toContain('fill="#111418"');
  });

  it("renders the subtype matrix's square PNG at 1080×1080 with its shares in the SVG", async () => {
    const response = await get("subtypes.png", "?size=square");
    expect(response.status).toBe(200);
    await expectPng(response, 1080, 1080);
    const svg = await (await get("subtypes.svg", "?wording=details")).text();
    for (const share of ["9.6% of new cases", "69.5% of new cases", "4.0% of new cases", "10.5% of new cases"]) expect(svg).toContain(`data-share="${share}"`);
  });

  it("takes the pages' own query strings", async () => {
    const timeline = await (await get("treatments.svg", "?class=tyrosine-kinase-inhibitor&view=table")).text();
    expect(timeline.split('data-testid="approval-mark"')).toHaveLength(4);
    const compare = await (await get("compare.svg", "?measure=four-year-cause-specific&compare=hr-pos-her2-pos,hr-neg-her2-pos")).text();
    expect(compare).toContain("About 90 of 100 people with HR+/HER2+");
    const testing = await (await get("testing.svg", "?ihc=2%2B&ratio=2.5&copies=5")).text();
    expect(testing).toContain("This case: HER2-positive.");
    // Every IHC spelling /api/her2-status accepts draws the same case, an unencoded "+" included.
    for (const ihc of ["2+", "2", "+2%2B+", "2%20%20"]) expect(await (await get("testing.svg", `?ihc=${ihc}&ratio=2.5&copies=5`)).text(), ihc).toBe(testing);
  });

  it("never echoes a rejected value into the error or an image", async () => {
    const response = await get("testing.svg", `?ihc=${encodeURIComponent("<svg onload=alert(1)>")}`);
    expect(response.status).toBe(400);
    expect(await response.text()).not.toContain("<svg");
  });
});

describe("image caching", () => {
  it("answers a repeat request carrying the ETag with 304 and no body, per format", async () => {
    for (const file of ["survival.png", "survival.svg"]) {
      const first = await get(file, "?size=square");
      const etag = first.headers.get("etag");
      expect(etag).toMatch(/^"[0-9a-f]{16}-(png|svg)"$/);
      const again = await get(file, "?size=square", { headers: { "If-None-Match": etag! } });
      expect(again.status).toBe(304);
      expect(await again.text()).toBe("");
    }
  });

  it("gives another view another ETag, and serves the same bytes for the same view", async () => {
    const [slide, square, slideAgain] = await Promise.all([
      get("survival.png", "?size=slide"),
      get("survival.png", "?size=square"),
      get("survival.png", "?size=slide"),
    ]);
    expect(slide.headers.get("etag")).not.toBe(square.headers.get("etag"));
    expect(Buffer.from(await slideAgain.arrayBuffer()).equals(Buffer.from(await slide.arrayBuffer()))).toBe(true);
  });
});

describe("a view that matches no figure", () => {
  it("draws its image with the reason, not a failure: four-year survival of the unknown group alone", async () => {
    for (const format of ["svg", "png"]) expect((await get(`survival.${format}`, "?subtypes=unknown")).status).toBe(200);
    const svg = await (await get("survival.svg", "?subtypes=unknown")).text();
    expect(svg).toContain("No figures match this selection.");
    expect(svg).toContain("filled it in by multiple imputation (several plausible values");
    // No figure, so no source to name.
    expect(svg).not.toContain("Source:");
  });

  // Each value of each option, alone and beside each value of every other option: an image, or a 400.
  it.each(CHART_IDS)("%s: every pair of option values draws an image or names the bad parameter", async (id) => {
    const options = CHARTS[id].options.filter((option) => option.name !== "view");
    const queries = options.flatMap((option) =>
      option.allowed.flatMap((value) => [
        `${option.name}=${value}`,
        ...options
          .filter((other) => other !== option)
          .flatMap((other) => other.allowed.map((otherValue) => `${option.name}=${value}&${other.name}=${otherValue}`)),
      ]),
    );
    const failed: string[] = [];
    for (const query of queries) {
      const status = (await get(`${id}.svg`, `?${query}`)).status;
      if (status !== 200 && status !== 400) failed.push(`${query}: ${status}`);
    }
    expect(failed).toEqual([]);
  });
});
