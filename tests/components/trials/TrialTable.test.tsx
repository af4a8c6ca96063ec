// The trial table reports an estimate only where patients were still followed (trials/README.md:
// "times past the endpoint's longest follow-up are left out"), and says which times it left out.
import { render, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { TrialTable } from "@/components/trials/TrialTable";
import { trialView } from "@/lib/charts/trial-view";
import { knownAnalysis } from "@/lib/trials/analysis";
import { ENDPOINT_IDS } from "@/lib/trials/data";

const rowTimes = () =>
  within(screen.getByTestId("trial-table"))
    .getAllByRole("rowheader")
    .map((cell) => Number(cell.textContent));

describe.each(ENDPOINT_IDS)("the %s table", (id) => {
  const view = trialView(knownAnalysis(id));

  it("has a row for every axis time up to the longest follow-up, and none past it", () => {
    render(<TrialTable view={view} />);
    expect(rowTimes()).toEqual(view.ticks.filter((time) => time <= view.followUp));
  });
});

describe("times past the longest follow-up", () => {
  it("are named in a note: CLEOPATRA's overall survival ends at 70.2 months, so 72 is left out", () => {
    const view = trialView(knownAnalysis("cleopatra-os"));
    render(<TrialTable view={view} />);
    expect(rowTimes().at(-1)).toBe(60);
    expect(screen.getByTestId("trial-table-note")).toHaveTextContent("Left out: 72 months, past the longest follow-up (70.2 months)");
  });

  it("leave no note where the axis ends at a time still followed", () => {
    const view = trialView(knownAnalysis("cleopatra-os"));
    render(<TrialTable view={{ ...view, followUp: view.axisMax }} />);
    expect(screen.queryByTestId("trial-table-note")).toBeNull();
  });
});
