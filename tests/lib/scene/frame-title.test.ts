/**
 * A frame's bold title: wrapped at bold's width, so it never runs off the image, and a little smaller
 * where that keeps it on one line, so a second line does not take the chart's room.
 */
import { describe, expect, it } from "vitest";
import { BOLD_GLYPH_WIDTH, EXPORT_SIZES, fittedTitleSize, framedScene, textWidth } from "@/lib/scene/frame";

const TITLE = "US FDA approvals of HER2-targeted drugs in breast cancer";
const LONG_TITLE = "HR+/HER2+ new cases per 100,000 women by age and race/ethnicity, 2018–2022";

function titleLines(title: string) {
  const scene = framedScene({ title, takeaway: "A takeaway.", citation: "A source.", address: "/treatments", size: "slide" }, () => []);
  const [mark] = scene.marks;
  if (mark?.kind !== "text-lines") throw new Error("no title");
  return { size: mark.style?.fontSize ?? 0, weight: mark.style?.fontWeight, lines: mark.lines.map((line) => line.text) };
}

describe("a frame's title", () => {
  const inner = EXPORT_SIZES.slide.width - 2 * 56;

  it("keeps every line inside the image at bold's width (DejaVu Sans Bold runs about 0.63 em a character)", () => {
    for (const title of [TITLE, LONG_TITLE]) {
      const { size, weight, lines } = titleLines(title);
      expect(weight).toBe(700);
      for (const line of lines) expect(textWidth(line, size, BOLD_GLYPH_WIDTH), line).toBeLessThanOrEqual(inner);
      expect(lines.join(" ")).toBe(title);
    }
  });

  it("shrinks by at most a fifth to stay on one line, and otherwise keeps its size and wraps", () => {
    const fitted = titleLines(TITLE);
    expect(fitted.lines).toEqual([TITLE]);
    expect(fitted.size).toBeLessThan(48);
    expect(fitted.size).toBeGreaterThanOrEqual(48 * 0.8);
    const wrapped = titleLines(LONG_TITLE);
    expect(wrapped.size).toBe(48);
    expect(wrapped.lines.length).toBe(2);
    expect(fittedTitleSize("A short title", inner, 48)).toBe(48);
  });
});
