import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { IconArray } from "@/components/charts/IconArray";
import { CompareFigure } from "@/components/survival/CompareFigure";
import { datasets } from "@/lib/datasets";

describe("IconArray", () => {
  it("is one image named by its title and described by its description", () => {
    render(<IconArray filled={83} color="red" title="HR−/HER2+: about 83 of 100 people" description="83 filled circles of 100." />);
    const image = screen.getByRole("img", { name: "HR−/HER2+: about 83 of 100 people" });
    expect(image).toHaveAccessibleDescription("83 filled circles of 100.");
    expect(image.querySelector("title")?.textContent).toBe("HR−/HER2+: about 83 of 100 people");
    expect(image.querySelectorAll("circle")).toHaveLength(100);
    // A circle's paint is its own or its group's.
    const fill = (circle: Element) => circle.closest("[fill]")?.getAttribute("fill");
    expect([...image.querySelectorAll("circle")].filter((c) => fill(c) !== "none")).toHaveLength(83);
  });
});

describe("CompareFigure", () => {
  const pair = ["hr-neg-her2-pos", "hr-neg-her2-neg"] as const;

  it("prints the sentence unless a frame prints it as its takeaway", () => {
    const { rerender } = render(<CompareFigure rows={datasets.survival} pair={pair} />);
    expect(screen.getByTestId("compare-sentence")).toHaveTextContent("About 83 of 100 people with HR−/HER2+");
    rerender(<CompareFigure rows={datasets.survival} pair={pair} withSentence={false} />);
    expect(screen.queryByTestId("compare-sentence")).toBeNull();
    expect(screen.getAllByRole("img")).toHaveLength(2);
  });

  it("details wording names measure, years and registry, with the same figures", () => {
    render(<CompareFigure rows={datasets.survival} pair={pair} wording="details" />);
    const cards = screen.getAllByTestId("compare-card");
    expect(cards[0]).toHaveTextContent("4-year breast cancer-specific survival 82.7% (diagnosed 2010–2013");
    expect(cards[1]).toHaveTextContent("77.0%");
    expect(screen.getAllByTestId("icon-array").map((a) => a.getAttribute("data-filled"))).toEqual(["83", "77"]);
  });
});
