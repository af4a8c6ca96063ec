import { parseCsv } from "@/lib/csv/parse";
import type { Observation, TrialRow } from "./types";

const HEADER = ["time", "event", "arm"];
/** A plain decimal, as R's write.csv prints a time: digits, an optional fraction, an optional exponent. */
const DECIMAL = /^(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/**
 * Reads a trial endpoint's CSV (`time,event,arm`: months, 1 = the event and 0 = censored, the arm's
 * code). Strict, because a figure computed from a half-read file would look as valid as a whole one:
 * the first malformed line throws an error that names it.
 */
export function parseTrialCsv(text: string): TrialRow[] {
  const records = parseCsv(text);
  const [header, ...rows] = records;
  if (!header) throw new Error("Line 1: the file is empty; expected the header time,event,arm");
  if (!header.ok || header.fields.join(",") !== HEADER.join(",")) throw new Error("Line 1: expected the header time,event,arm");
  if (rows.length === 0) throw new Error("Line 2: no patients after the header");
  return rows.map((record): TrialRow => {
    const fail = (problem: string) => new Error(`Line ${record.line}: ${problem}`);
    if (!record.ok) throw fail(record.error);
    if (record.fields.length !== 3) throw fail(`expected 3 fields (time,event,arm), found ${record.fields.length}`);
    const [time, event, arm] = record.fields as [string, string, string];
    if (!DECIMAL.test(time)) throw fail("time must be a number of months ≥ 0");
    const months = Number(time);
    if (!Number.isFinite(months)) throw fail("time must be a finite number of months");
    if (event !== "0" && event !== "1") throw fail("event must be 1 (the event) or 0 (censored)");
    if (arm.trim() === "") throw fail("the arm is empty");
    return { arm, time: months, event: event === "1" };
  });
}

/** Each arm's patients, in the order the arms first appear in the file. */
export function observationsByArm(rows: readonly TrialRow[]): Map<string, Observation[]> {
  const arms = new Map<string, Observation[]>();
  for (const { arm, time, event } of rows) {
    const observations = arms.get(arm) ?? [];
    if (observations.length === 0) arms.set(arm, observations);
    observations.push({ time, event });
  }
  return arms;
}
