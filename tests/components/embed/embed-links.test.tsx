import { render } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import EmbedPage from "@/app/(bare)/embed/[chart]/page";
import { SourceLine } from "@/components/chart/SourceLine";
import { datasets } from "@/lib/datasets";
import { citationsFor } from "@/lib/datasets/citations";
import { EMBEDDABLE_CHARTS } from "@/lib/embed";

/** Every embed in its default view, and the views that add links or text of their own (a case, a patient, a notice). */
const VIEWS: readonly [string, string][] = [
  ...Object.keys(EMBEDDABLE_CHARTS).map((chart): [string, string] => [chart, ""]),
  ["survival", "measure=five-year-relative&stage=every&theme=dark"],
  ["compare", "compare=hr-pos-her2-pos,hr-neg-her2-neg"],
  ["testing", "ihc=2%2B&ratio=2.5&copies=5.1"],
  ["outcomes", "age=67&screen=1&size=12&grade=2&nodes=0&er=1&pr=1&her2=0&ki67=0&generation=0&horm=1&traz=0&bis=1&radio=1&heartGy=6&smoker=1"],
  ["survival", "stage=nowhere"],
];

async function embedLinks(chart: string, query: string): Promise<HTMLAnchorElement[]> {
  const searchParams = Promise.resolve(Object.fromEntries(new URLSearchParams(query)));
  const { container } = render(await EmbedPage({ params: Promise.resolve({ chart }), searchParams }));
  return [...container.querySelectorAll("a")];
}

describe("links in an embed", () => {
  it.each(VIEWS)("/embed/%s?%s opens every link in a new tab, so the host page's iframe never navigates away", async (chart, query) => {
    const links = await embedLinks(chart, query);
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) {
      expect(link, link.textContent ?? "").toHaveAttribute("target", "_blank");
      expect(link.getAttribute("rel")?.split(" "), link.textContent ?? "").toContain("noopener");
    }
  });

  it("include the source line's citation links", async () => {
    const links = await embedLinks("survival", "");
    const citation = links.find((link) => link.closest(".source-line"));
    expect(citation).toHaveTextContent(/^Howlader N/);
    expect(citation).toHaveAttribute("target", "_blank");
  });
});

describe("SourceLine on a page", () => {
  it("links each citation in place", () => {
    const { container } = render(<SourceLine citations={citationsFor(datasets.survival.slice(0, 1), datasets.sources)} />);
    const link = container.querySelector("a");
    expect(link).toHaveAttribute("href");
    expect(link).not.toHaveAttribute("target");
  });
});
