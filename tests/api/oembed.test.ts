// @vitest-environment node
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { GET } from "@/app/api/oembed/route";
import { EXAMPLE_PATIENT, outcomesSearch } from "@/lib/charts/outcomes-state";
import { EMBEDDABLE_CHARTS, iframeSnippet } from "@/lib/embed";
import { expectErrorNaming } from "./error-answer";

const EXAMPLE_QUERY = outcomesSearch(EXAMPLE_PATIENT).slice(1);
const get = (query: string) => GET(new Request(`http://atlas.test/api/oembed?${query}`));

describe("GET /api/oembed", () => {
  beforeEach(() => vi.stubEnv("SITE_URL", "http://atlas.test"));
  afterEach(() => vi.unstubAllEnvs());

  it("answers a rich response whose html is the iframe for that view", async () => {
    const response = get(`url=${encodeURIComponent("http://atlas.test/survival?measure=five-year-relative")}&format=json&maxheight=500`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as Record<string, unknown>;
    expect(body).toMatchObject({ version: "1.0", type: "rich", provider_name: "HER2 Atlas", height: 500 });
    expect(body.html).toContain('src="http://atlas.test/embed/survival?measure=five-year-relative"');
    expect(body.html).toContain('loading="lazy"');
    expect(body.html).toMatch(/title="[^"]+"/);
  });

  // Each chart page, as its discovery link names it (a path with the page's state): the snippet embeds that same view.
  it.each([
    ["/survival?measure=five-year-relative&stage=distant", "survival?measure=five-year-relative&stage=distant"],
    ["/prevalence?period=2016-2020&wording=details", "prevalence?period=2016-2020&wording=details"],
    ["/subtypes", "subtypes"],
    ["/testing?ihc=2%2B&ratio=2.5&copies=5", "testing?ihc=2%2B&ratio=2.5&copies=5"],
    ["/embed/compare?compare=hr-pos-her2-pos,hr-neg-her2-pos", "compare?compare=hr-pos-her2-pos,hr-neg-her2-pos"],
    // The compare chart's own "Link to this view": its #section names the chart, not the page's first.
    ["/survival?compare=hr-pos-her2-pos,hr-neg-her2-neg#compare", "compare?compare=hr-pos-her2-pos,hr-neg-her2-neg"],
    ["/survival#survival-chart", "survival"],
    ["/treatments?population=her2-low", "treatments?population=her2-low"],
    ["/treatments?class=antibody-drug-conjugate#approvals-timeline", "treatments?class=antibody-drug-conjugate"],
  ])("%s embeds /embed/%s", async (page, embed) => {
    const response = get(`url=${encodeURIComponent(page)}&format=json`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { html: string; title: string };
    expect(body.html).toContain(`src="http://atlas.test/embed/${embed.replaceAll("&", "&amp;")}"`);
    expect(body.title).not.toBe("");
  });

  it("a #section names its own chart's embed, not the page's first chart; any other anchor, the page's", async () => {
    expect((await get(`url=${encodeURIComponent("/prevalence?wording=details#by-age")}`).json()).html).toContain("/embed/incidence-by-age?wording=details");
    expect((await get(`url=${encodeURIComponent("/prevalence#her2-low")}`).json()).html).toContain("/embed/her2-low");
    expect((await get(`url=${encodeURIComponent("/prevalence#sources")}`).json()).html).toContain("/embed/prevalence");
  });

  it("titles the answer and its iframe as the view: the measure and its years", async () => {
    const body = (await get(`url=${encodeURIComponent("/survival?measure=five-year-relative")}`).json()) as { html: string; title: string };
    expect(body.title).toBe("Five-year relative survival by subtype and stage");
    expect(body.html).toContain('title="Five-year relative survival by subtype and stage (HER2 Atlas)"');
    expect((await get(`url=${encodeURIComponent("/trials?endpoint=extenet-idfs")}`).json()).title).toBe("ExteNET: invasive disease-free survival");
  });

  it("/testing's snippet has the testing embed's own height and title", async () => {
    const body = (await get("url=%2Ftesting").json()) as { height: number; title: string };
    expect(body).toMatchObject({ height: EMBEDDABLE_CHARTS.testing.height, title: "How a HER2 test result is read (ASCO/CAP)" });
    expect(body.height).not.toBe(EMBEDDABLE_CHARTS.survival.height);
  });

  it("takes the site's address over http or https (a link may predate the redirect to https); the snippet names the public origin", async () => {
    const body = (await get(`url=${encodeURIComponent("https://atlas.test/survival?stage=distant")}`).json()) as { html: string };
    expect(body.html).toContain('src="http://atlas.test/embed/survival?stage=distant"');
  });

  it("resolves a path, as the pages' discovery links give it", async () => {
    const body = (await get("url=%2Fsubtypes").json()) as { html: string };
    expect(body.html).toContain('src="http://atlas.test/embed/subtypes"');
  });

  it("passes theme, plain and transparent into the snippet, and its frame declares the scheme so a transparent embed stays so", async () => {
    const body = (await get("url=%2Fsurvival%3Fstage%3Ddistant&theme=dark&plain=1&transparent=1").json()) as { html: string };
    expect(body.html).toContain('src="http://atlas.test/embed/survival?stage=distant&amp;theme=dark&amp;plain=1&amp;transparent=1"');
    expect(body.html).toContain('style="border:0;max-width:100%;color-scheme:dark"');
    const auto = (await get("url=%2Fsurvival").json()) as { html: string };
    expect(auto.html).toContain('src="http://atlas.test/embed/survival"');
    expect(auto.html).toContain("color-scheme:light dark");
  });

  it("reads the look in the url's query as the embed does: oEmbed's own parameters win, and an unknown value is dropped, never echoed", async () => {
    const fromUrl = (await get(`url=${encodeURIComponent("/embed/survival?theme=light&plain=1")}&theme=dark`).json()) as { html: string };
    expect(fromUrl.html).toContain('src="http://atlas.test/embed/survival?theme=dark&amp;plain=1"');
    const hostile = (await get(`url=${encodeURIComponent("/embed/survival?theme=<script>x</script>&transparent=yes")}`).json()) as { html: string };
    expect(hostile.html).toContain('src="http://atlas.test/embed/survival"');
    expect(hostile.html).not.toMatch(/script|yes/);
  });

  it.each([
    ["theme=purple", "theme", ["auto", "light", "dark"]],
    ["theme=%3Cscript%3E", "theme", ["auto", "light", "dark"]],
    ["plain=yes", "plain", ["0", "1"]],
    ["transparent=true", "transparent", ["0", "1"]],
    ["theme=dark&theme=light", "theme", ["auto", "light", "dark"]],
  ])("%s → 400 naming it and what it allows, without its value", async (query, parameter, allowed) => {
    const response = get(`url=%2Fsurvival&${query}`);
    const text = await response.clone().text();
    await expectErrorNaming(response, 400, parameter);
    expect(JSON.parse(text).error.allowed).toEqual(allowed);
    expect(text).not.toMatch(/purple|script|yes|true/);
  });

  // The snippet embeds the url's view, so the view must be one its page has: checked as its chart's image checks it.
  it.each([
    ["/survival?stage=bogus", /stage/],
    ["/survival?subtypes=hr-pos-her2-neg&subtypes=hr-neg-her2-neg", /subtypes/],
    ["/embed/compare?compare=hr-neg-her2-pos", /compare/],
    ["/prevalence?period=1999", /period/],
    ["/trials?endpoint=nope", /endpoint/],
    ["/subtypes?stage=distant", /stage/],
    ["/survival?format=csv", /format/],
    ["/survival?%3Cscript%3E=1", /Unknown parameter/],
    ["/testing?ihc=9", /ihc/],
    // A doubled plus, as the page and the image read it (a raw "+" is not taken for a space here).
    ["/testing?ihc=2++", /ihc/],
    ["/embed/testing?ihc=2++&ratio=2.5&copies=5", /ihc/],
    [`/outcomes?${EXAMPLE_QUERY.replace("age=42", "age=9999")}`, /age.*25 to 85/],
    ["/outcomes?age=9999", /Required/],
    [`/embed/outcomes?${EXAMPLE_QUERY.replace("grade=3", "grade=abc")}`, /grade/],
  ])("url=%s → 400 naming url, saying what in its query is wrong", async (url, message) => {
    const response = get(`url=${encodeURIComponent(url)}`);
    const text = await response.clone().text();
    await expectErrorNaming(response, 400, "url");
    expect(JSON.parse(text).error.message).toMatch(message);
    expect(text).not.toMatch(/<script/);
  });

  it("a valid patient, HER2 case or view in the url embeds as before", async () => {
    for (const url of [
      `/outcomes?${EXAMPLE_QUERY}`,
      "/testing?ihc=2%2B&ratio=2.5&copies=5",
      "/testing?ihc=2+",
      "/survival?wording=details&view=table",
      "/outcomes",
    ]) {
      expect(get(`url=${encodeURIComponent(url)}`).status, url).toBe(200);
    }
  });

  it.each([
    ["", 400, "url"],
    ["url=not%20a%20url", 400, "url"],
    [`url=${encodeURIComponent("http://elsewhere.test/survival")}`, 404, "url"],
    [`url=${encodeURIComponent("http://atlas.test/data")}`, 404, "url"],
    // Only a web address of this site is one of its charts: not another scheme on its host, nor one carrying credentials.
    [`url=${encodeURIComponent("javascript://atlas.test/survival")}`, 404, "url"],
    [`url=${encodeURIComponent("ftp://atlas.test/survival")}`, 404, "url"],
    [`url=${encodeURIComponent("http://user:pw@atlas.test/survival")}`, 404, "url"],
    [`url=${encodeURIComponent("https://user@atlas.test/survival")}`, 404, "url"],
    ["url=%2Fsurvival&format=xml", 501, "format"],
    ["url=%2Fsurvival&colour=red", 400, "colour"],
    ["url=%2Fsurvival&url=%2Fprevalence", 400, "url"],
    // Repeated like any other parameter, whichever the first value is.
    ["url=%2Fsurvival&format=json&format=xml", 400, "format"],
    ["url=%2Fsurvival&format=json&format=json", 400, "format"],
    ["url=%2Fsurvival&format=xml&format=json", 400, "format"],
  ])("%s → %i naming %s", async (query, status, parameter) => {
    await expectErrorNaming(get(query), status, parameter);
  });
});

// Behind a proxy the server is reached on an internal address: the answer names the public origin only.
describe("GET /api/oembed behind a proxy", () => {
  afterEach(() => vi.unstubAllEnvs());
  const internal = (query: string, headers: Record<string, string> = {}) => GET(new Request(`http://10.0.0.7:3000/api/oembed?${query}`, { headers }));

  it("with SITE_URL, accepts the public address and names it, whatever address the request reached", async () => {
    vi.stubEnv("SITE_URL", "https://her2.example.org");
    const response = internal(`url=${encodeURIComponent("https://her2.example.org/survival")}`, { "x-forwarded-host": "evil.test" });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { html: string; provider_url: string };
    expect(body.provider_url).toBe("https://her2.example.org");
    expect(body.html).toContain('src="https://her2.example.org/embed/survival"');
    expect(body.html).not.toContain("10.0.0.7");
  });

  it("with SITE_URL, 404s the internal address and any other host", async () => {
    vi.stubEnv("SITE_URL", "https://her2.example.org");
    for (const url of ["http://10.0.0.7:3000/survival", "https://evil.test/survival"]) {
      expect(internal(`url=${encodeURIComponent(url)}`).status).toBe(404);
    }
  });

  it("follows X-Forwarded-Host only when the operator trusts the proxy", async () => {
    vi.stubEnv("SITE_URL", "");
    const forwarded = { "x-forwarded-host": "her2.example.org", "x-forwarded-proto": "https" };
    const url = `url=${encodeURIComponent("https://her2.example.org/survival")}`;
    expect(internal(url, forwarded).status).toBe(404);
    vi.stubEnv("TRUST_PROXY", "1");
    const body = (await internal(url, forwarded).json()) as { provider_url: string };
    expect(body.provider_url).toBe("https://her2.example.org");
  });

  it("without SITE_URL or a trusted proxy, names the local server (npm start on localhost)", async () => {
    vi.stubEnv("SITE_URL", "");
    const body = (await internal("url=%2Fsurvival").json()) as { provider_url: string };
    expect(body.provider_url).toBe("http://localhost:3000");
  });
});

describe("iframeSnippet", () => {
  it("escapes the query into the attribute", () => {
    const snippet = iframeSnippet("https://a.test", { chart: "survival", search: '?x="><script>' });
    expect(snippet).toContain('src="https://a.test/embed/survival?x=&quot;>&lt;script>"');
    expect(snippet).not.toContain("<script");
  });
});
