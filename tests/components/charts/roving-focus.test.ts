import { describe, expect, it } from "vitest";
import { rovingTarget } from "@/components/charts/roving-focus";

describe("rovingTarget", () => {
  it.each([
    ["ArrowRight", 2, 3],
    ["ArrowDown", 2, 3],
    ["ArrowLeft", 2, 1],
    ["ArrowUp", 2, 1],
    ["Home", 2, 0],
    ["End", 2, 4],
    ["ArrowRight", 4, 4],
    ["ArrowLeft", 0, 0],
  ] as const)("%s from mark %i of five lands on %i, never past an end", (key, from, to) => {
    expect(rovingTarget(key, from, 5)).toBe(to);
  });

  it("leaves other keys to the page", () => {
    expect(rovingTarget("Enter", 2, 5)).toBeNull();
    expect(rovingTarget("Tab", 2, 5)).toBeNull();
  });
});
