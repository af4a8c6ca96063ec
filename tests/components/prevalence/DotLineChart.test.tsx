import { act, fireEvent, render, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { DotLineChart } from "@/components/charts/DotLineChart";
import { RATES_BY_AGE } from "../../lib/charts/dot-line-fixture";

function setup() {
  render(<DotLineChart {...RATES_BY_AGE} />);
  return screen.getAllByTestId("dot");
}

describe("DotLineChart", () => {
  it("draws one focusable mark per value, in series then age order, at percentage x positions", () => {
    const dots = setup();
    expect(dots.map((d) => d.getAttribute("data-id"))).toEqual(["a1", "a2", "a3", "b1", "b2", "b3"]);
    const xs = dots.map((d) => d.querySelector(".dot-focus-ring")?.getAttribute("cx"));
    expect(xs).toEqual(["16.666666666666668%", "50%", "83.33333333333334%", "16.666666666666668%", "50%", "83.33333333333334%"]);
    // Width-independent: nothing in the SVG is laid out in px across the width.
    expect(document.querySelector("svg")?.getAttribute("width")).toBe("100%");
  });

  it("shows a suppressed value as a hollow mark under the axis, not on the plot, and breaks the line", () => {
    const dots = setup();
    const missing = dots.filter((d) => d.getAttribute("data-missing") === "true");
    expect(missing.map((d) => d.getAttribute("data-id"))).toEqual(["b2"]);
    expect(missing[0]!.querySelector(".dot-missing")).not.toBeNull();
    const plotted = dots.find((d) => d.getAttribute("data-id") === "b1")!;
    const y = (el: Element) => Number(el.querySelector(".dot-focus-ring")?.getAttribute("cy"));
    expect(y(missing[0]!)).toBeGreaterThan(y(plotted));
    expect(screen.getByText("Not available:")).toBeInTheDocument();
    // a1–a2, a2–a3: b1 and b3 are not joined across the gap.
    expect(document.querySelectorAll(".dot-line")).toHaveLength(2);
  });

  it("is a labelled graphics document with the axis meanings as text", () => {
    setup();
    const svg = screen.getByRole("graphics-document");
    expect(within(svg).getByText("Rates by age").tagName).toBe("title");
    expect(within(svg).getByText("Rates rise with age.").tagName).toBe("desc");
    expect(screen.getByText("Up: rate")).toBeInTheDocument();
    expect(screen.getByText("Across: age")).toBeInTheDocument();
  });

  it("offers one Tab stop; arrows walk along each line and on to the next, each dot named by its value", () => {
    const dots = setup();
    expect(dots.map((d) => d.getAttribute("tabindex"))).toEqual(["0", "-1", "-1", "-1", "-1", "-1"]);
    act(() => dots[0]!.focus());
    expect(screen.getByTestId("tooltip")).toHaveTextContent("A 20–24: 0.3");
    fireEvent.keyDown(dots[0]!, { key: "ArrowRight" });
    expect(document.activeElement).toBe(dots[1]);
    fireEvent.keyDown(dots[1]!, { key: "ArrowRight" });
    fireEvent.keyDown(dots[2]!, { key: "ArrowRight" });
    expect(document.activeElement).toBe(dots[3]);
    fireEvent.keyDown(dots[3]!, { key: "ArrowRight" });
    expect(document.activeElement).toBe(dots[4]);
    expect(dots[4]).toHaveAttribute("aria-label", "B 25–29: not available. Suppressed");
    fireEvent.keyDown(dots[4]!, { key: "End" });
    expect(document.activeElement).toBe(dots[5]);
    fireEvent.keyDown(dots[5]!, { key: "ArrowDown" });
    expect(document.activeElement).toBe(dots[5]);
    fireEvent.keyDown(dots[5]!, { key: "Home" });
    expect(document.activeElement).toBe(dots[0]);
    expect(dots.map((d) => d.getAttribute("tabindex"))).toEqual(["0", "-1", "-1", "-1", "-1", "-1"]);
  });
});
