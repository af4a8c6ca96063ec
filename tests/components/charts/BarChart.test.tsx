import { act, fireEvent, render, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { BarChart } from "@/components/charts/BarChart";
import { SURVIVAL_BARS } from "./bar-fixture";

function setup() {
  render(<BarChart title="Survival" summary="A summary" data={SURVIVAL_BARS} domainMax={100} tickSuffix="%" />);
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
});
