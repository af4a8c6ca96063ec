// @vitest-environment node
import { describe, expect, it } from "vitest";
import { matrixView } from "@/lib/charts/subtype-matrix";
import { matrixImageScene } from "@/lib/charts/subtype-matrix-scene";
import { datasets } from "@/lib/datasets";
import { shareOfCases } from "@/lib/datasets/queries";
import { formatFigure } from "@/lib/format";
import { SUBTYPE_IDS } from "@/lib/subtypes";
import { groups, texts } from "./scene-marks";

const shares = shareOfCases(datasets.prevalence);
const definitions = datasets.subtypes.subtypes;
const scene = (view = matrixView(shares, definitions, "plain")) =>
  matrixImageScene({ kind: "matrix", title: "M", takeaway: "t", citation: "c", address: "/subtypes", size: "slide", ...view });
const cells = (s = scene()) => groups(s.marks).filter((g) => g.data?.mark === "cell");

describe("matrixImageScene", () => {
  it("draws the four cells in the page's order, each with its share as the page prints it", () => {
    expect(cells().map((c) => c.data?.subtype)).toEqual(["hr-pos-her2-pos", "hr-pos-her2-neg", "hr-neg-her2-pos", "hr-neg-her2-neg"]);
    for (const cell of cells()) {
      const row = shares.find((r) => r.subtype === cell.data?.subtype);
      if (!row) throw new Error("no share row");
      expect(cell.data?.share).toBe(`${formatFigure(row)} of new cases`);
      expect(texts(cell.marks)).toContain(formatFigure(row));
    }
  });

  it("prints every word of the page's matrix view, in either wording", () => {
    for (const wording of ["plain", "details"] as const) {
      const view = matrixView(shares, definitions, wording);
      const printed = texts(scene(view).marks).join(" ");
      const words = [...view.columns, ...view.rows.flatMap((row) => [row.heading, ...row.cells.flatMap((cell) => [cell.label, cell.plain])])];
      // Wrapped text is split into lines: compare word by word.
      for (const word of words.join(" ").split(/\s+/)) expect(printed).toContain(word);
    }
    expect(matrixView(shares, definitions, "details").rows[0]?.cells[0]?.plain).toBe(definitions.find((d) => d.id === "hr-pos-her2-pos")?.rule);
  });

  it("says a share is not available rather than drawing a figure", () => {
    const withoutOne = shares.filter((r) => r.subtype !== "hr-neg-her2-pos");
    const drawn = cells(scene(matrixView(withoutOne, definitions, "plain")));
    const missing = drawn.find((c) => c.data?.subtype === "hr-neg-her2-pos");
    expect(missing?.data?.share).toBe("Share not available");
    expect(texts(missing?.marks ?? [])).toContain("Share not available");
    expect(texts(missing?.marks ?? []).some((t) => /\d%/.test(t))).toBe(false);
    expect(drawn.filter((c) => c.data?.share !== "Share not available")).toHaveLength(SUBTYPE_IDS.length - 1);
  });
});
