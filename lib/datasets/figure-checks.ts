/** The rules a published figure obeys beyond its fields' types, which the row schemas (./schemas) apply. */
import type { z } from "zod";
import { type FigureStatus, UNIT_RANGES, type Unit } from "./dimensions";

interface FigureLike {
  value: number | null;
  unit: Unit;
  unavailableReason?: string;
  status: FigureStatus;
  range?: { low: number; high: number };
  subtype: string | null;
  group?: string;
}

function checkInUnitRange(value: number, unit: FigureLike["unit"], path: string[], ctx: z.RefinementCtx) {
  const { min, max } = UNIT_RANGES[unit];
  if (value < min || value > max) ctx.addIssue({ code: "custom", path, message: `out of range for ${unit}: expected ${min} to ${max}` });
}

/**
 * A value must be in range for its unit; a figure is a single value or a stated range, never both;
 * a missing value says why (not found, or suppressed); a row without a subtype names its group.
 */
export function checkFigure(row: FigureLike, ctx: z.RefinementCtx) {
  if ((row.subtype === null) !== (row.group !== undefined)) {
    ctx.addIssue({ code: "custom", path: ["group"], message: "required exactly when subtype is null" });
  }
  if (row.status === "not-found") {
    if (row.value !== null || row.range) ctx.addIssue({ code: "custom", path: ["value"], message: "must be null when status is not-found" });
    if (!row.unavailableReason) ctx.addIssue({ code: "custom", path: ["unavailableReason"], message: "required when status is not-found" });
    return;
  }
  if (row.range) {
    if (row.value !== null) ctx.addIssue({ code: "custom", path: ["value"], message: "must be null when a range is given" });
    checkInUnitRange(row.range.low, row.unit, ["range", "low"], ctx);
    checkInUnitRange(row.range.high, row.unit, ["range", "high"], ctx);
    return;
  }
  if (row.value === null) {
    // Not found, or suppressed by the registry (a confirmed gap): either way the reason is shown.
    if (!row.unavailableReason) ctx.addIssue({ code: "custom", path: ["unavailableReason"], message: "required when value is null" });
    return;
  }
  checkInUnitRange(row.value, row.unit, ["value"], ctx);
}
