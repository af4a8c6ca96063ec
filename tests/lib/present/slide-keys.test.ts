import { describe, expect, it } from "vitest";
import { readSlideMove, SLIDE_KEYS, slideAfter, slideMoveForKey } from "@/lib/present/slide-keys";

describe("the deck's keys", () => {
  it("step on with Space, →, ↓ and Page Down, back with ←, ↑ and Page Up, to the ends with Home and End", () => {
    const on = Object.keys(SLIDE_KEYS).filter((key) => slideAfter(SLIDE_KEYS[key] ?? { by: 1 }, 2, 5) === 3);
    const back = Object.keys(SLIDE_KEYS).filter((key) => slideAfter(SLIDE_KEYS[key] ?? { by: 1 }, 2, 5) === 1);
    expect(on.sort()).toEqual([" ", "ArrowDown", "ArrowRight", "PageDown"]);
    expect(back.sort()).toEqual(["ArrowLeft", "ArrowUp", "PageUp"]);
    expect(slideMoveForKey("Home")).toEqual({ to: "first" });
    expect(slideMoveForKey("End")).toEqual({ to: "last" });
  });

  it("are no move for any other key, a property name of every object included", () => {
    for (const key of ["Enter", "f", "Tab", "constructor", "toString", "__proto__"]) expect(slideMoveForKey(key), key).toBeUndefined();
  });

  it("never go past either end of the deck", () => {
    expect(slideAfter({ by: -1 }, 0, 3)).toBe(0);
    expect(slideAfter({ by: 1 }, 2, 3)).toBe(2);
    expect(slideAfter({ to: "first" }, 2, 3)).toBe(0);
    expect(slideAfter({ to: "last" }, 0, 3)).toBe(2);
  });

  it("read back from another window's message only as one of the moves", () => {
    expect(readSlideMove({ by: 1 })).toEqual({ by: 1 });
    expect(readSlideMove({ to: "last" })).toEqual({ to: "last" });
    for (const bad of [{ by: 2 }, { by: "1" }, { to: "middle" }, {}]) expect(readSlideMove(bad), JSON.stringify(bad)).toBeNull();
  });
});
