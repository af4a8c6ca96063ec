import { scaleLinear } from "d3";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { linearScale, niceMax } from "@/lib/charts/linear";

// The page charts dropped d3-scale for size; these pin the replacement to d3's own answers.
describe("linearScale", () => {
  it("maps the domain onto the range as d3's scaleLinear does", () => {
    fc.assert(
      fc.property(fc.double({ min: 0.5, max: 1e5, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), (max, share) => {
        const ours = linearScale([0, max], [2, 98]);
        const d3 = scaleLinear().domain([0, max]).range([2, 98]);
        expect(ours(max * share)).toBeCloseTo(d3(max * share), 9);
      }),
    );
  });

  it("gives d3's ticks for the domains our charts use", () => {
    for (const max of [1, 7.3, 25, 100, 137.2, 150, 1000]) {
      for (const count of [3, 5, 10]) {
        expect(linearScale([0, max], [0, 100]).ticks(count)).toEqual(scaleLinear().domain([0, max]).ticks(count));
      }
    }
  });

  it("maps a zero-width domain to the middle of the range", () => {
    expect(linearScale([0, 0], [10, 20])(0)).toBe(15);
  });
});

describe("niceMax", () => {
  it("equals the top of d3's nice domain", () => {
    fc.assert(
      fc.property(fc.double({ min: 0.01, max: 1e6, noNaN: true }), (max) => {
        expect(niceMax(max, 5)).toBe(scaleLinear().domain([0, max]).nice(5).domain()[1]);
      }),
    );
  });

  it("rounds 73 up to 80 and keeps 100 at 100", () => {
    expect(niceMax(73, 5)).toBe(80);
    expect(niceMax(100, 5)).toBe(100);
  });
});
