/**
 * How HR and HER2 status combine into the four subtypes, as a 2×2 grid: HR status down, HER2 status
 * across, HER2-positive first because it is this atlas's subject. Each cell carries its share of cases.
 */
import { formatPeriod } from "../datasets/dimensions";
import { HER2_POSITIVE_SUM_NOTE, her2PositiveShare } from "../datasets/queries";
import type { PrevalenceRow, SubtypeDefinition } from "../datasets/schemas";
import { formatFigure } from "../format";
import { SUBTYPE_IDS, SUBTYPES, type SubtypeId } from "../subtypes";
import type { Wording } from "./wording";

/** The page's section heading and the exported image's title: one name for one chart. */
export const MATRIX_TITLE = "How HR and HER2 status combine";

const MATRIX_HR = ["positive", "negative"] as const;
const MATRIX_HER2 = ["positive", "negative"] as const;
export type Status = (typeof MATRIX_HR)[number];

export interface MatrixCell {
  hr: Status;
  her2: Status;
  subtype: SubtypeId;
  /** The subtype's share of all new cases, or null where no share row is given. */
  share: PrevalenceRow | null;
}

export function subtypeFor(hr: Status, her2: Status): SubtypeId {
  const id = SUBTYPE_IDS.find((s) => SUBTYPES[s].hr === hr && SUBTYPES[s].her2 === her2);
  if (!id) throw new Error(`No subtype is HR-${hr} and HER2-${her2}`);
  return id;
}

export function subtypeMatrix(shares: readonly PrevalenceRow[]): { hr: Status; cells: MatrixCell[] }[] {
  return MATRIX_HR.map((hr) => ({
    hr,
    cells: MATRIX_HER2.map((her2) => {
      const subtype = subtypeFor(hr, her2);
      return { hr, her2, subtype, share: shares.find((row) => row.subtype === subtype) ?? null };
    }),
  }));
}

/** "ER+ and/or PR+" for the HR-positive row, from the dataset's own definitions (not restated here). */
function receptorsFor(definitions: readonly SubtypeDefinition[], hr: Status): string {
  return definitions.find((d) => SUBTYPES[d.id].hr === hr)?.hormoneReceptors ?? "";
}

/**
 * A cell's share as the page prints it: the figure (drawn bold) and the words after it. The page
 * and the exported image both print this, so their wording cannot drift apart.
 */
function cellShare(cell: MatrixCell): { figure: string; rest: string } {
  return cell.share ? { figure: formatFigure(cell.share), rest: " of new cases" } : { figure: "", rest: "Share not available" };
}

/** Every word the matrix prints, in its order: the page's table and the image's scene both draw this. */
export interface MatrixView {
  /** "HER2-positive", "HER2-negative": the column headings. */
  columns: readonly string[];
  rows: readonly {
    hr: Status;
    /** "HR-positive", and the receptors that make it ("ER+ and/or PR+"). */
    heading: string;
    receptors: string;
    cells: readonly { subtype: SubtypeId; label: string; plain: string; share: { figure: string; rest: string } }[];
  }[];
  note: string;
}

/** "details" gives each cell the dataset's receptor rule in place of its plain name; the shares stay the same. */
export function matrixView(shares: readonly PrevalenceRow[], definitions: readonly SubtypeDefinition[], wording: Wording): MatrixView {
  return {
    columns: MATRIX_HER2.map((her2) => `HER2-${her2}`),
    rows: subtypeMatrix(shares).map((row) => ({
      hr: row.hr,
      heading: `HR-${row.hr}`,
      receptors: receptorsFor(definitions, row.hr),
      cells: row.cells.map((cell) => {
        const subtype = SUBTYPES[cell.subtype];
        const plain = wording === "details" ? (definitions.find((d) => d.id === cell.subtype)?.rule ?? subtype.plainName) : subtype.plainName;
        return { subtype: cell.subtype, label: subtype.label, plain, share: cellShare(cell) };
      }),
    })),
    note: matrixNote(shares),
  };
}

/** The line under the grid: which year's cases, and the unknown-status share that fits no cell. */
export function matrixNote(shares: readonly PrevalenceRow[]): string {
  const period = shares[0] ? formatPeriod(shares[0].period) : "";
  const unknown = shares.find((row) => row.subtype === "unknown");
  const unknownText = unknown && unknown.value !== null ? ` The other ${formatFigure(unknown)} had unknown HR or HER2 status and fit no cell.` : "";
  return `Shares of all new breast cancers diagnosed in ${period}.${unknownText}`;
}

/** The matrix's one-sentence takeaway: the most common cell and the two HER2-positive cells together, from the shares. */
export function matrixTakeaway(shares: readonly PrevalenceRow[]): string {
  const known = shares.filter(
    (row): row is PrevalenceRow & { value: number; subtype: SubtypeId } => row.value !== null && row.subtype !== null && row.subtype !== "unknown",
  );
  const first = known[0];
  if (!first) return "Shares of new cases are not available.";
  const largest = known.reduce((a, b) => (b.value > a.value ? b : a));
  const her2 = her2PositiveShare(known);
  return (
    `Of all new breast cancers diagnosed in ${formatPeriod(first.period)}, ${SUBTYPES[largest.subtype].label} was the most common subtype ` +
    `(${formatFigure(largest)}); the two HER2-positive subtypes together were ${formatFigure({ value: her2.value, unit: "percent" })} (${HER2_POSITIVE_SUM_NOTE}).`
  );
}
