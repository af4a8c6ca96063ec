import { describe, expect, it } from "vitest";
import { safeExcerpt } from "@/lib/excerpt";

describe("safeExcerpt", () => {
  it("keeps an excerpt recognisable, short and free of markup and control characters", () => {
    expect(safeExcerpt("4+")).toBe("4+");
    expect(safeExcerpt("<b>")).toBe("?b?");
    expect(safeExcerpt("a\u0000b\nc")).toBe("a?b?c");
    expect(safeExcerpt("x".repeat(30))).toBe(`${"x".repeat(16)}…`);
  });
});
