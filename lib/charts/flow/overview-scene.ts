/**
 * The flow's first answer, large: where each IHC score leads, one row a score, from the score to the
 * result it gives or to the gene test it calls for. A slide without a case draws this: the whole
 * diagram, twelve rows deep, cannot be read in a 16:9 box. Each row is the path the classifier
 * takes for that score alone, so the words are the graph's own and nothing here restates a rule.
 */
import { IHC_ZERO_STAINING } from "../../her2/category-text";
import { classifyHer2 } from "../../her2/classify";
import type { NodeId } from "../../her2/graph";
import { parseHer2Fields } from "../../her2/input";
import type { Drawing } from "../../scene/types";
import { connector, type PathStep, type PlacedStep, pathSteps, placeRows, stepMark } from "./path-scene";

/** One case per IHC score; IHC 0 twice, split by whether faint staining was seen, as trials and the FDA split it (not ASCO/CAP). */
export const OVERVIEW_CASES = [{ ihc: "3+" }, { ihc: "2+" }, { ihc: "1+" }, { ihc: "0", ultralow: "true" }, { ihc: "0", ultralow: "false" }] as const;

/** The nodes every row shares (the test, then the IHC question), which the rows leave out. */
const SHARED_START: readonly NodeId[] = ["start", "ihc"];

/** Each case's steps from its IHC score on. */
export function overviewRows(): PathStep[][] {
  return OVERVIEW_CASES.map((fields) => {
    const parsed = parseHer2Fields(fields);
    if (!parsed.ok) throw new Error(`The overview's case ${JSON.stringify(fields)} does not parse: ${parsed.error.message}`);
    const { path } = classifyHer2(parsed.input);
    if (SHARED_START.some((id, i) => path[i] !== id)) throw new Error(`The path for ${JSON.stringify(fields)} does not start at the IHC question.`);
    const [score, ...rest] = pathSteps(path).slice(SHARED_START.length);
    if (score === undefined) throw new Error(`The path for ${JSON.stringify(fields)} ends at the IHC question.`);
    return [{ ...score, label: scoreLabel(score.label, fields) }, ...rest];
  });
}

/**
 * The two IHC 0 rows share the graph's "IHC 0: negative" box, so each names its half of the IHC 0
 * definition (§1.2): faint staining in ≤10% of cells (ultralow) or none (null). Otherwise the rows'
 * first boxes read the same and only their ends differ.
 */
function scoreLabel(label: string, fields: (typeof OVERVIEW_CASES)[number]): string {
  if (!("ultralow" in fields)) return label;
  return `${label}, ${IHC_ZERO_STAINING[fields.ultralow === "true" ? "ultralow" : "null"]}`;
}

/** The rows drawn at `width` design px, in aligned columns: lines first, boxes on top, each row's result in bold. */
export function flowOverviewDrawing(width: number): Drawing & { width: number } {
  const rows = overviewRows();
  const { steps, height } = placeRows(rows, width, Math.max(...rows.map((row) => row.length)));
  const placed = rows.map((_, row) => steps.filter((step) => step.row === row));
  const lines = placed.flatMap((row) => row.slice(1).flatMap((step, i) => connector(row[i] as PlacedStep, step)));
  const boxes = placed.flatMap((row) => row.map((step, i) => stepMark(step, i === row.length - 1)));
  return {
    width,
    height,
    marks: [
      { kind: "group", decorative: true, marks: lines },
      { kind: "group", marks: boxes },
    ],
  };
}
