// The trials embed reads in the page's order: trial and endpoint, the reader's sentence, the chart, then the hazard ratio.
import { render, screen } from "@testing-library/react";
import { expect, it } from "vitest";
import EmbedPage from "@/app/(bare)/embed/[chart]/page";
import { trialView } from "@/lib/charts/trial-view";
import { knownAnalysis } from "@/lib/trials/analysis";

it("/embed/trials names the trial and endpoint once, answers in the reader's words, draws the chart, then gives the hazard ratio", async () => {
  const view = trialView(knownAnalysis("cleopatra-os"));
  const { container } = render(await EmbedPage({ params: Promise.resolve({ chart: "trials" }), searchParams: Promise.resolve({ endpoint: "cleopatra-os" }) }));
  expect(screen.getAllByRole("heading").map((heading) => heading.textContent)).toEqual([view.title]);
  const paragraph = (text: string) => [...container.querySelectorAll("p")].find((p) => p.textContent === text);
  const [reader, chart, hazardRatio] = [paragraph(view.reader), container.querySelector("svg[role]"), paragraph(view.takeaway)];
  expect(reader && chart && hazardRatio).toBeTruthy();
  expect(reader?.compareDocumentPosition(chart as Node)).toBe(Node.DOCUMENT_POSITION_FOLLOWING);
  expect(chart?.compareDocumentPosition(hazardRatio as Node)).toBe(Node.DOCUMENT_POSITION_FOLLOWING);
});
