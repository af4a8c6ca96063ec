import type { Mark, MarkDatum } from "@/lib/scene/types";

/** Every mark in drawing order, nested ones included (groups and viewports opened). */
export function allMarks(marks: readonly Mark[]): Mark[] {
  return marks.flatMap((mark) => [mark, ...(mark.kind === "group" || mark.kind === "viewport" ? allMarks(mark.marks) : [])]);
}

export type GroupMark = Extract<Mark, { kind: "group" }>;

export function groups(marks: readonly Mark[]): GroupMark[] {
  return allMarks(marks).filter((mark): mark is GroupMark => mark.kind === "group");
}

/** The explorable marks: what the page makes focusable, in order. */
export function datums(marks: readonly Mark[]): MarkDatum[] {
  return groups(marks).flatMap((group) => (group.datum ? [group.datum] : []));
}

/** The text a scene prints, line by line. */
export function texts(marks: readonly Mark[]): string[] {
  return allMarks(marks).flatMap((mark) => (mark.kind === "text" ? [mark.text] : mark.kind === "text-lines" ? mark.lines.map((line) => line.text) : []));
}
