// An embed is titled as its view, as the page and the image title it: the measure and its years, the
// trial and endpoint (her2-data.md §6 caveat 1: never a survival figure without its measure and years).
import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import EmbedPage, { generateMetadata } from "@/app/(bare)/embed/[chart]/page";

/** The embed's heading and its document's title, for a chart and query. */
async function titles(chart: string, query: string): Promise<[string | null, unknown]> {
  const props = () => ({ params: Promise.resolve({ chart }), searchParams: Promise.resolve(Object.fromEntries(new URLSearchParams(query))) });
  const { unmount } = render(await EmbedPage(props()));
  const heading = screen.getByRole("heading", { level: 1 }).textContent;
  unmount();
  return [heading, (await generateMetadata(props())).title];
}

const both = (title: string) => [title, title];

describe("an embed's title", () => {
  it("is its view's, naming the measure and its years, or the trial and endpoint; the look's parameters aside", async () => {
    expect(await titles("survival", "")).toEqual(both("Four-year breast cancer-specific survival by subtype"));
    expect(await titles("survival", "measure=five-year-relative&stage=distant&theme=dark")).toEqual(both("Five-year relative survival by subtype and stage"));
    expect(await titles("trials", "endpoint=extenet-idfs&plain=1")).toEqual(both("ExteNET: invasive disease-free survival"));
    expect(await titles("incidence-by-subtype", "period=2016-2020")).toEqual(both("New cases per 100,000 women by subtype, 2016–2020"));
  });

  it("is the embed's own name for a view the page does not have (the embed then shows its default view)", async () => {
    expect(await titles("survival", "stage=nowhere")).toEqual(both("Survival by breast cancer subtype"));
  });
});
