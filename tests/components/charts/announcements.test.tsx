// What a screen reader says as a reader explores a chart: the focused element's name, and the text
// of every live region. Focus must be announced once, hover not at all, and nothing twice.
import { act, fireEvent, render, screen, within } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { BarChart } from "@/components/charts/BarChart";
import { DotLineChart } from "@/components/charts/DotLineChart";
import { ApprovalTimeline } from "@/components/treatments/ApprovalTimeline";
import { survivalBands } from "@/lib/charts/therapies";
import { datasets } from "@/lib/datasets";
import { DRUG_CLASSES } from "@/lib/datasets/therapy-dimensions";
import { RATES_BY_AGE } from "../../lib/charts/dot-line-fixture";
import { flowRouter, renderFlow } from "../flow/helpers";
import { SURVIVAL_BARS } from "./bar-fixture";

vi.mock("next/navigation", () => ({ useRouter: () => flowRouter }));

/**
 * Everything spoken without the reader asking: the focused element's name, then each live region's
 * text (within `root`: the testing page draws its diagram twice, one of them hidden by CSS).
 */
function spoken(root: ParentNode = document): string[] {
  // The marks are named by aria-label alone (no aria-labelledby), so that is their accessible name.
  const nameOf = (element: Element) => element.getAttribute("aria-label") ?? element.textContent?.trim() ?? "";
  const focused = document.activeElement && document.activeElement !== document.body ? [nameOf(document.activeElement)] : [];
  const live = [...root.querySelectorAll("[aria-live]")].map((region) => region.textContent?.trim() ?? "").filter(Boolean);
  return [...focused, ...live];
}

describe("chart announcements", () => {
  it("bar chart: keyboard focus on a mark is announced once, by its name, and the next mark replaces it", () => {
    render(<BarChart title="Survival" summary="A summary" data={SURVIVAL_BARS} domainMax={100} />);
    const marks = screen.getAllByTestId("bar");
    expect(marks[0]).toHaveAccessibleName("A is 92.5%");
    expect(spoken()).toEqual([]);
    act(() => marks[0]!.focus());
    expect(spoken()).toEqual(["A is 92.5%"]);
    fireEvent.keyDown(marks[0]!, { key: "ArrowDown" });
    expect(spoken()).toEqual(["B is 82.7%"]);
    // The tooltip shows the same words for sighted readers and is hidden from assistive tech.
    expect(screen.getByTestId("tooltip")).toHaveTextContent("B is 82.7%");
    expect(screen.getByTestId("tooltip")).toHaveAttribute("aria-hidden", "true");
  });

  it("bar chart: a mouse hover shows the tooltip and announces nothing", () => {
    render(<BarChart title="Survival" summary="A summary" data={SURVIVAL_BARS} domainMax={100} />);
    fireEvent.mouseEnter(screen.getAllByTestId("bar")[1]!);
    expect(screen.getByTestId("tooltip")).toHaveTextContent("B is 82.7%");
    expect(spoken()).toEqual([]);
  });

  it("dot-and-line chart: focus announces the dot once; hover announces nothing", () => {
    render(<DotLineChart {...RATES_BY_AGE} />);
    const dots = screen.getAllByTestId("dot");
    fireEvent.mouseEnter(dots[1]!);
    expect(spoken()).toEqual([]);
    act(() => dots[0]!.focus());
    expect(spoken()).toEqual(["A 20–24: 0.3"]);
  });

  it("timeline: focus announces the approval once; hover announces nothing", () => {
    render(
      <ApprovalTimeline
        title="Approvals"
        summary="Approvals over time."
        approvals={datasets.therapies}
        classes={DRUG_CLASSES}
        bands={survivalBands(datasets.survival)}
      />,
    );
    const marks = screen.getAllByTestId("approval-mark");
    fireEvent.mouseOver(marks[2]!);
    expect(spoken()).toEqual([]);
    act(() => marks[0]!.focus());
    expect(spoken()).toHaveLength(1);
    expect(spoken()[0]).toMatch(/^Herceptin \(trastuzumab\), 25 Sep 1998/);
  });

  it("flow diagram: focus on an outcome is its name alone; selecting it (Enter) adds one announcement that is not its name", () => {
    renderFlow();
    const diagram = screen.getByTestId("flow-wide");
    const box = diagram.querySelector<SVGGElement>('[role="button"][tabindex="0"]')!;
    act(() => box.focus());
    const name = box.getAttribute("aria-label");
    expect(box).toHaveAccessibleName(name!);
    expect(spoken(diagram)).toEqual([name]);
    fireEvent.keyDown(box, { key: "Enter" });
    const said = spoken(diagram);
    expect(said.filter((text) => text.startsWith("Showing the ways to reach"))).toHaveLength(1);
    // No text is spoken twice, and the selection's announcement is not the box's name again.
    expect(new Set(said).size).toBe(said.length);
    expect(within(diagram).getByTestId("explore-announcement").textContent).not.toBe(name);
    fireEvent.mouseEnter(diagram.querySelectorAll<SVGGElement>('[role="button"]')[1]!);
    expect(spoken(diagram)).toEqual(said);
  });
});
