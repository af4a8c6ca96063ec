// @vitest-environment node
import { describe, expect, it } from "vitest";
import { generateMetadata as prevalenceMetadata } from "@/app/(site)/prevalence/page";
import { generateMetadata as survivalMetadata } from "@/app/(site)/survival/page";
import { generateMetadata as testingMetadata } from "@/app/(site)/testing/page";
import { generateMetadata as treatmentsMetadata } from "@/app/(site)/treatments/page";
import { GET } from "@/app/api/cards/[file]/route";
import { pageMetadata } from "@/app/page-metadata";
import { itNamesTheBadParameter } from "./error-answer";
import { expectPng } from "./image-answer";
import { imageGetter } from "./image-request";

const ogImage = (metadata: Awaited<ReturnType<typeof survivalMetadata>>) => {
  const images = metadata.openGraph?.images;
  const first = Array.isArray(images) ? images[0] : images;
  return typeof first === "object" && first !== null && "url" in first ? String(first.url) : String(first);
};

/** The page URL an oEmbed discovery link names (decoded from its ?url=). */
const oembedTarget = (metadata: Awaited<ReturnType<typeof survivalMetadata>>) => {
  const href = metadata.alternates?.types?.["application/json+oembed"];
  return typeof href === "string" ? new URL(href, "http://atlas.test").searchParams.get("url") : null;
};

describe("social previews", () => {
  it("the survival preview is the chart in the shared link's state, at the og size", async () => {
    const metadata = await survivalMetadata({ searchParams: Promise.resolve({ measure: "five-year-relative", stage: "distant", view: "table" }) });
    expect(ogImage(metadata)).toBe("/api/charts/survival.png?measure=five-year-relative&stage=distant&size=og");
    expect(metadata.twitter).toMatchObject({ card: "summary_large_image" });
    expect(metadata.alternates?.types).toBeDefined();
  });

  it("the prevalence preview follows the link's wording", async () => {
    const metadata = await prevalenceMetadata({ searchParams: Promise.resolve({ wording: "details", period: "2016-2020" }) });
    expect(ogImage(metadata)).toBe("/api/charts/share-of-cases.png?wording=details&size=og");
  });

  it("the survival and prevalence oEmbed links name the shared view", async () => {
    const survival = await survivalMetadata({ searchParams: Promise.resolve({ measure: "five-year-relative", compare: "hr-pos-her2-pos,hr-neg-her2-pos" }) });
    expect(oembedTarget(survival)).toBe("/survival?measure=five-year-relative&compare=hr-pos-her2-pos%2Chr-neg-her2-pos");
    const prevalence = await prevalenceMetadata({ searchParams: Promise.resolve({ period: "2016-2020", wording: "details" }) });
    expect(oembedTarget(prevalence)).toBe("/prevalence?period=2016-2020&wording=details");
    // A bad value falls back as the page does, so the embed shown is the page's default.
    expect(oembedTarget(await survivalMetadata({ searchParams: Promise.resolve({ measure: "bogus" }) }))).toBe("/survival");
  });

  it("the treatments preview is the timeline filtered as the link filters it", async () => {
    const metadata = await treatmentsMetadata({ searchParams: Promise.resolve({ population: "her2-low", view: "table" }) });
    expect(ogImage(metadata)).toBe("/api/charts/treatments.png?population=her2-low&size=og");
    expect(metadata.openGraph).toMatchObject({ title: "Treatments over time" });
    expect(ogImage(await treatmentsMetadata({ searchParams: Promise.resolve({}) }))).toBe("/api/charts/treatments.png?size=og");
  });

  it("a shared testing case previews that case's flow image, and its oEmbed link names the case", async () => {
    const metadata = await testingMetadata({ searchParams: Promise.resolve({ ihc: "2+", ratio: "2.5", copies: "5" }) });
    expect(ogImage(metadata)).toBe("/api/charts/testing.png?ihc=2%2B&ratio=2.5&copies=5&size=og");
    expect(oembedTarget(metadata)).toBe("/testing?ihc=2%2B&ratio=2.5&copies=5");
  });

  it("a testing link without a usable case previews the page card", async () => {
    for (const searchParams of [{}, { ihc: "" }, { ihc: "7" }]) {
      const metadata = await testingMetadata({ searchParams: Promise.resolve(searchParams) });
      expect(ogImage(metadata)).toBe("/api/cards/testing.png");
      expect(oembedTarget(metadata)).toBe("/testing");
    }
  });

  it("pages without a chart image preview their card", () => {
    const metadata = pageMetadata("/testing");
    expect(ogImage(metadata)).toBe("/api/cards/testing.png");
    expect(metadata.openGraph).toMatchObject({ title: "How HER2 testing works", siteName: "HER2 Atlas" });
    expect(pageMetadata("/").title).toBeUndefined();
  });
});

describe("GET /api/cards/<page>.png", () => {
  const get = imageGetter(GET, "cards");

  it("renders a 1200×630 PNG", async () => {
    await expectPng(await get("treatments.png", "?theme=dark"), 1200, 630);
  });

  itNamesTheBadParameter(get, [
    ["nowhere.png", "", 404, "page"],
    ["testing.svg", "", 404, "page"],
    ["testing.png", "?theme=sepia", 400, "theme"],
    ["testing.png", "?theme=dark,light", 400, "theme"],
    ["testing.png", "?size=og", 400, "size"],
  ]);
});
