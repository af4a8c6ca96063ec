import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { StageIvCallout } from "@/components/survival/StageIvCallout";
import { stageIvRows } from "@/lib/charts/survival";
import { datasets } from "@/lib/datasets";

const stageIv = stageIvRows(datasets.survival);

describe("StageIvCallout", () => {
  it("shows each figure the source gives, and 'not available' with the reason for the rest", () => {
    render(<StageIvCallout rows={stageIv} />);
    const callout = screen.getByTestId("stage-iv-callout");
    expect(callout).toHaveTextContent("HR+/HER2+45.5%");
    expect(callout).toHaveTextContent("HR−/HER2+Not available*");
    expect(screen.getAllByTestId("stage-iv-reason")).toHaveLength(1);
    expect(screen.getByTestId("stage-iv-reason")).toHaveTextContent("its full stage table was not available to us");
  });

  it("with only unavailable subtypes selected: no comparison sentence, the gaps and their reason", () => {
    render(<StageIvCallout rows={stageIv.filter((row) => row.value === null)} />);
    expect(screen.queryByTestId("stage-iv-sentence")).toBeNull();
    expect(screen.getByTestId("stage-iv-reason")).toBeInTheDocument();
    expect(screen.queryByText(/%/)).toBeNull();
  });

  it("renders nothing when no stage IV subtype is selected", () => {
    const { container } = render(<StageIvCallout rows={[]} />);
    expect(container).toBeEmptyDOMElement();
  });
});
