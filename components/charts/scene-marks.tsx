import { createElement, type ReactNode } from "react";
import { geometryAttributes, groupAttributes, lineSpans, MARK_ELEMENT, type MarkOrder, pageAttributes, styleAttributes } from "@/lib/scene/attributes";
import type { Mark } from "@/lib/scene/types";

type GroupMark = Extract<Mark, { kind: "group" }>;
/** Props a component adds to a group it makes interactive (events, ARIA state, a ref). */
export type GroupProps = (mark: GroupMark) => Record<string, unknown> | undefined;

export interface MarkContext extends MarkOrder {
  groupProps?: GroupProps;
}

/** A mark as a React element, numbered in drawing order as `pageMarksToSvg` numbers it. */
export function renderMark(mark: Mark, key: number, counter: MarkContext): ReactNode {
  const props: Record<string, unknown> = { key };
  for (const [name, value] of [
    ...groupAttributes(mark),
    ...geometryAttributes(mark),
    ...styleAttributes(mark, (color) => color),
    ...pageAttributes(mark, counter),
  ]) {
    props[reactName(name)] = value;
  }
  if (mark.kind === "group" && counter.groupProps) Object.assign(props, counter.groupProps(mark));
  return createElement(MARK_ELEMENT[mark.kind], props, children(mark, counter));
}

function children(mark: Mark, counter: MarkContext): ReactNode {
  switch (mark.kind) {
    case "text":
      return mark.text;
    case "text-lines":
      return lineSpans(mark.lines).map((line, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: lines and their spaces are positional; two may read the same
        <tspan key={i} x={line.x} y={line.y}>
          {line.text}
        </tspan>
      ));
    case "group":
    case "viewport":
      return mark.marks.map((child, index) => renderMark(child, index, counter));
    default:
      return null;
  }
}

/** SVG attribute names as React spells them: `stroke-width` → `strokeWidth`; data and ARIA stay. */
function reactName(name: string): string {
  if (name === "class") return "className";
  if (name === "tabindex") return "tabIndex";
  if (name.startsWith("data-") || name.startsWith("aria-")) return name;
  return name.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());
}
