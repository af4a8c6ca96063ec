// Our medians beside the paper's: a median and interval as R gives them, "not reached" where a curve never crosses 50%.
import { render, screen } from "@testing-library/react";
import { expect, it } from "vitest";
import { PublishedComparison } from "@/components/trials/PublishedComparison";
import { knownAnalysis } from "@/lib/trials/analysis";

it.each([
  ["cleopatra-os", "60.3 months (95% CI 50.1 to not reached)"],
  ["extenet-idfs", "not reached (nor either end of its 95% CI)"],
])("%s: our median reads “%s”", (id, text) => {
  render(<PublishedComparison analysis={knownAnalysis(id)} note={null} />);
  expect(screen.getAllByText(text).length).toBeGreaterThan(0);
  expect(document.body).not.toHaveTextContent("not reached to not reached");
});
