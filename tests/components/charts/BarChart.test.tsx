import { act, fireEvent, render, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { BarChart } from "@/components/charts/BarChart";
import type { BarDatum } from "@/lib/charts/bars";

const data: BarDatum[] = [
  { id: "a", label: "HR+/HER2−", value: 92.5, valueText: "92.5%", color: "red", marker: "circle", description: "A is 92.5%" },
  { id: "b", label: "HR−/HER2+", value: 82.7, valueText: "82.7%", color: "blue", marker: "diamond", description: "B is 82.7%", ci: { lower: 80, upper: 85 } },
  {
    id: "c",
    label: "Unknown",
    value: null,
    valueText: "Not available",
    color: "grey",
    marker: "cross",
    description: "C is not available: no figure",
    unavailableReason: "no figure",
  },
];

function setup() {
  render(<BarChart title="Survival" summary="A summary" data={data} domainMax={100} tickSuffix="%" />);
  return screen.getAllByTestId("bar");
}

describe("BarChart", () => {
  it("draws one mark per datum with direct labels, values and a CI whisker", () => {
    const marks = setup();
    expect(marks).toHaveLength(3);
    expect(marks[0]).toHaveTextContent("HR+/HER2−");
    expect(marks[0]).toHaveTextContent("92.5%");
    expect(marks[0]!.querySelector("rect")?.getAttribute("width")).toBe(`${0.925 * 84}%`);
    expect(marks[1]!.querySelectorAll(".chart-ci line")).toHaveLength(3);
    expect(marks[2]).toHaveTextContent("Not available");
    expect(marks[2]!.querySelector("rect")).toBeNull();
  });

  it("is labelled for assistive tech with title and description", () => {
    setup();
    const svg = screen.getByRole("graphics-document");
    expect(within(svg).getByText("Survival").tagName).toBe("title");
    expect(svg.getAttribute("aria-labelledby")?.split(" ")).toHaveLength(2);
  });

  it("offers one Tab stop and moves between marks with the arrow keys, each named by its description", () => {
    const marks = setup();
    expect(marks.map((m) => m.getAttribute("tabindex"))).toEqual(["0", "-1", "-1"]);
    act(() => marks[0]!.focus());
    expect(screen.getByTestId("tooltip")).toHaveTextContent("A is 92.5%");
    fireEvent.keyDown(marks[0]!, { key: "ArrowDown" });
    expect(document.activeElement).toBe(marks[1]);
    expect(marks.map((m) => m.getAttribute("tabindex"))).toEqual(["-1", "0", "-1"]);
    expect(marks[1]).toHaveAccessibleName("B is 82.7%");
    fireEvent.keyDown(marks[1]!, { key: "End" });
    expect(document.activeElement).toBe(marks[2]);
    expect(screen.getByTestId("tooltip")).toHaveTextContent("C is not available: no figure");
    fireEvent.keyDown(marks[2]!, { key: "ArrowDown" });
    expect(document.activeElement).toBe(marks[2]);
    fireEvent.keyDown(marks[2]!, { key: "Home" });
    expect(document.activeElement).toBe(marks[0]);
  });

  it("Esc dismisses the tooltip; hover shows it", () => {
    const marks = setup();
    fireEvent.mouseEnter(marks[1]!);
    expect(screen.getByTestId("tooltip")).toHaveTextContent("B is 82.7%");
    // Hover alone focuses nothing: Esc arrives at the document, not at the mark.
    expect(document.activeElement).toBe(document.body);
    fireEvent.keyDown(document, { key: "Escape" });
    expect(screen.queryByTestId("tooltip")).toBeNull();
    fireEvent.focus(marks[2]!);
    expect(screen.getByTestId("tooltip")).toHaveTextContent("C is not available");
    fireEvent.keyDown(marks[2]!, { key: "Escape" });
    expect(screen.queryByTestId("tooltip")).toBeNull();
    fireEvent.mouseEnter(marks[0]!);
    fireEvent.mouseLeave(marks[0]!);
    expect(screen.queryByTestId("tooltip")).toBeNull();
  });
});
