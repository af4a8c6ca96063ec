// The trials embed reads in the page's order: trial and endpoint, the reader's sentence, then the hazard ratio.
import { render, screen } from "@testing-library/react";
import { expect, it } from "vitest";
import EmbedPage from "@/app/(bare)/embed/[chart]/page";
import { trialView } from "@/lib/charts/trial-view";
import { knownAnalysis } from "@/lib/trials/analysis";

it("/embed/trials names the trial and endpoint once, answers in the reader's words, then gives the hazard ratio", async () => {
  const view = trialView(knownAnalysis("cleopatra-os"));
  const { container } = render(await EmbedPage({ params: Promise.resolve({ chart: "trials" }), searchParams: Promise.resolve({ endpoint: "cleopatra-os" }) }));
  expect(screen.getAllByRole("heading").map((heading) => heading.textContent)).toEqual([view.title]);
  const texts = [...container.querySelectorAll("p")].map((p) => p.textContent ?? "");
  const reader = texts.indexOf(view.reader);
  expect(reader).toBeGreaterThanOrEqual(0);
  expect(texts.indexOf(view.takeaway)).toBeGreaterThan(reader);
});
