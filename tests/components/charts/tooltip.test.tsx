// The tooltip every explorable chart shares (ExplorableChart), run against each chart that draws
// through it, so no chart can lose it: shown on hover and on focus, dismissed by Esc wherever Esc
// arrives (WCAG 1.4.13), by the pointer leaving, and by the chart being redrawn without its mark.
import { act, fireEvent, render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { BarChart } from "@/components/charts/BarChart";
import { DotLineChart } from "@/components/charts/DotLineChart";
import { RATES_BY_AGE } from "../../lib/charts/dot-line-fixture";
import { SURVIVAL_BARS } from "./bar-fixture";

const CHARTS = [
  {
    chart: "bar chart",
    draw: () => {
      render(<BarChart title="Survival" summary="A summary" data={SURVIVAL_BARS} domainMax={100} tickSuffix="%" />);
      return screen.getAllByTestId("bar");
    },
    hovered: { index: 1, text: "B is 82.7%" },
    focused: { index: 2, text: "C is not available" },
  },
  {
    chart: "dot-and-line chart",
    draw: () => {
      render(<DotLineChart {...RATES_BY_AGE} />);
      return screen.getAllByTestId("dot");
    },
    hovered: { index: 5, text: "B 30–34: 5.1" },
    focused: { index: 4, text: "B 25–29: not available" },
  },
];

describe.each(CHARTS)("$chart: the tooltip", ({ draw, hovered, focused }) => {
  it("shows on hover without taking focus, and Esc, arriving at the document, dismisses it", () => {
    const mark = draw()[hovered.index]!;
    fireEvent.mouseOver(mark);
    expect(screen.getByTestId("tooltip")).toHaveTextContent(hovered.text);
    expect(document.activeElement).toBe(document.body);
    fireEvent.keyDown(document, { key: "Escape" });
    expect(screen.queryByTestId("tooltip")).toBeNull();
  });

  it("shows on focus, and Esc on the focused mark dismisses it", () => {
    const mark = draw()[focused.index]!;
    act(() => mark.focus());
    expect(screen.getByTestId("tooltip")).toHaveTextContent(focused.text);
    fireEvent.keyDown(mark, { key: "Escape" });
    expect(screen.queryByTestId("tooltip")).toBeNull();
  });

  it("goes when the pointer leaves the mark", () => {
    const mark = draw()[0]!;
    fireEvent.mouseOver(mark);
    expect(screen.getByTestId("tooltip")).toBeInTheDocument();
    fireEvent.mouseOut(mark);
    expect(screen.queryByTestId("tooltip")).toBeNull();
  });
});

describe("a redrawn chart", () => {
  const bars = (data: typeof SURVIVAL_BARS) => <BarChart title="Survival" summary="A summary" data={data} domainMax={100} tickSuffix="%" />;

  it("takes the tooltip away with the mark it described, though the pointer never moved (no mouseout comes)", () => {
    const { rerender } = render(bars(SURVIVAL_BARS));
    fireEvent.mouseOver(screen.getAllByTestId("bar")[1]!);
    expect(screen.getByTestId("tooltip")).toHaveTextContent("B is 82.7%");
    rerender(bars(SURVIVAL_BARS.slice(2)));
    expect(screen.queryByTestId("tooltip")).toBeNull();
  });

  it("keeps it while the same mark is drawn again", () => {
    const { rerender } = render(bars(SURVIVAL_BARS));
    fireEvent.mouseOver(screen.getAllByTestId("bar")[1]!);
    rerender(bars([...SURVIVAL_BARS]));
    expect(screen.getByTestId("tooltip")).toHaveTextContent("B is 82.7%");
  });
});
