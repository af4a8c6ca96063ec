// An embed is titled as its view, as the page and the image title it: the measure and its years, the
// trial and endpoint (her2-data.md §6 caveat 1: never a survival figure without its measure and years).
import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import EmbedPage, { generateMetadata } from "@/app/(bare)/embed/[chart]/page";

async function embed(chart: string, query: string) {
  const props = () => ({ params: Promise.resolve({ chart }), searchParams: Promise.resolve(Object.fromEntries(new URLSearchParams(query))) });
  render(await EmbedPage(props()));
  return { heading: screen.getByRole("heading", { level: 1 }), metadata: await generateMetadata(props()) };
}

describe("an embed's title", () => {
  it.each([
    ["survival", "", "Four-year breast cancer-specific survival by subtype"],
    ["survival", "measure=five-year-relative&stage=distant&theme=dark", "Five-year relative survival by subtype and stage"],
    ["trials", "endpoint=extenet-idfs&plain=1", "ExteNET: invasive disease-free survival"],
    ["incidence-by-subtype", "period=2016-2020", "New cases per 100,000 women by subtype, 2016–2020"],
    // A view the page does not have: the embed shows its default view under the embed's own name.
    ["survival", "stage=nowhere", "Survival by breast cancer subtype"],
  ])("/embed/%s?%s is headed and titled “%s”", async (chart, query, title) => {
    const { heading, metadata } = await embed(chart, query);
    expect(heading).toHaveTextContent(title);
    expect(metadata.title).toBe(title);
  });
});
