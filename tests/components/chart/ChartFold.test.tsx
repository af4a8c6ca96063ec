// A folded chart opens where a link sends the reader to it: its figure named by the address's
// #fragment, on load or after a hash change. (A link that sets a chart's own settings: PrevalenceExplorer's tests.)
import { act, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { ChartFold } from "@/components/chart/ChartFold";

function figure(id: string) {
  return (
    <figure id={id}>
      <ChartFold open={false} summary={<span>{id}</span>}>
        <p>chart</p>
      </ChartFold>
    </figure>
  );
}

const folds = () => screen.getAllByTestId("chart-fold") as HTMLDetailsElement[];

afterEach(() => window.history.replaceState(null, "", "/"));

describe("ChartFold", () => {
  it("opens the fold whose figure the address names, and only that one", () => {
    window.history.replaceState(null, "", "/prevalence#by-age");
    render(
      <>
        {figure("by-race")}
        {figure("by-age")}
      </>,
    );
    expect(folds().map((fold) => fold.open)).toEqual([false, true]);
  });

  it("opens on a later hash change, also a fold the reader had closed", () => {
    render(figure("by-race"));
    const [fold] = folds();
    expect(fold?.open).toBe(false);
    act(() => {
      window.history.replaceState(null, "", "/prevalence#by-race");
      window.dispatchEvent(new HashChangeEvent("hashchange"));
    });
    expect(fold?.open).toBe(true);
  });
});
