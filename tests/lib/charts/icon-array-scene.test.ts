// @vitest-environment node
import { describe, expect, it } from "vitest";
import { comparePanels } from "@/lib/charts/compare";
import { iconArrayImageScene, iconArrayMark, iconArrayScene } from "@/lib/charts/icon-array-scene";
import { SURVIVAL_DEFAULTS } from "@/lib/charts/survival-state";
import { datasets } from "@/lib/datasets";
import { EXPORT_SIZES } from "@/lib/scene/frame";
import type { Mark } from "@/lib/scene/types";
import { subtypeColorVar } from "@/lib/theme";
import { groups, texts } from "./scene-marks";

/** Each circle with the paint it is drawn in: its own, or the nearest group's that gives one. */
function paintedCircles(marks: readonly Mark[], inherited: { fill?: string; stroke?: string } = {}): { fill?: string; stroke?: string }[] {
  return marks.flatMap((mark) => {
    const paint = { fill: mark.style?.fill ?? inherited.fill, stroke: mark.style?.stroke ?? inherited.stroke };
    if (mark.kind === "circle") return [paint];
    return mark.kind === "group" ? paintedCircles(mark.marks, paint) : [];
  });
}

describe("iconArrayScene", () => {
  it.each([0, 1, 83, 99, 100])("fills the first %i of 100 circles in the colour and leaves the rest hollow", (filled) => {
    const scene = iconArrayScene({ filled, title: "t", description: "d" }, "var(--subtype-hr-pos-her2-pos)");
    const cells = paintedCircles(scene.marks);
    expect(cells).toHaveLength(100);
    expect(cells.filter((c) => c.fill === "var(--subtype-hr-pos-her2-pos)")).toHaveLength(filled);
    expect(cells.slice(filled).every((c) => c.fill === "none" && c.stroke === "var(--muted)")).toBe(true);
    expect(groups(scene.marks)[0]?.data).toEqual({ testid: "icon-array", filled: String(filled) });
  });

  it("is a picture named by its title and described by its description, with nothing to explore", () => {
    const scene = iconArrayScene({ filled: 50, title: "HR+/HER2+: about 50 of 100 people", description: "50 filled circles of 100" }, "red");
    expect(scene).toMatchObject({ role: "img", title: "HR+/HER2+: about 50 of 100 people", description: "50 filled circles of 100" });
    expect(groups(scene.marks).some((g) => g.datum)).toBe(false);
  });
});

const panels = comparePanels(datasets.survival, SURVIVAL_DEFAULTS.compare);
const content = {
  kind: "icon-array" as const,
  title: "Compare",
  takeaway: "t",
  citation: "A source.",
  address: "/survival#compare",
  panels,
  note: "Group averages.",
};

describe("iconArrayImageScene", () => {
  it.each(Object.keys(EXPORT_SIZES) as (keyof typeof EXPORT_SIZES)[])("at %s draws the page's arrays, each with its exact figure", (size) => {
    const scene = iconArrayImageScene({ ...content, size });
    const arrays = groups(scene.marks).filter((g) => g.data?.testid === "icon-array");
    expect(arrays).toEqual(panels.map((panel) => iconArrayMark(panel.filled, subtypeColorVar(panel.subtype))));
    const words = texts(scene.marks).join(" ");
    for (const panel of panels) expect(words).toContain(panel.figure);
    expect(words).toContain("Group averages.");
  });
});

describe("iconArrayImageScene's words on a slide", () => {
  /** The on-image size of the first text mark whose words include `words`: its font size times the scale of the viewports around it. */
  function drawnSize(marks: readonly Mark[], words: string, scale = 1): number | null {
    for (const mark of marks) {
      if (mark.kind === "text-lines" && mark.lines.some((line) => line.text.includes(words))) return (mark.style?.fontSize ?? 0) * scale;
      if (mark.kind === "group") {
        const found = drawnSize(mark.marks, words, scale);
        if (found !== null) return found;
      }
      if (mark.kind === "viewport" && typeof mark.width === "number") {
        const found = drawnSize(mark.marks, words, (scale * mark.width) / mark.viewBox.width);
        if (found !== null) return found;
      }
    }
    return null;
  }

  it.each(["slide", "square"] as const)("at %s the arrays leave the captions no smaller than the source line", (size) => {
    const scene = iconArrayImageScene({ ...content, size });
    const caption = drawnSize(scene.marks, panels[0]?.figure ?? "?");
    const source = drawnSize(scene.marks, "A source.");
    expect(caption).not.toBeNull();
    expect(caption).toBeGreaterThanOrEqual(source ?? Number.POSITIVE_INFINITY);
  });
});
