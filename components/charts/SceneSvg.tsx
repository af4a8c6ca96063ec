import { createElement, type ReactNode, useId } from "react";
import { type Attribute, geometryAttributes, groupAttributes, MARK_ELEMENT, styleAttributes } from "@/lib/scene/attributes";
import type { Mark, Scene } from "@/lib/scene/types";

type GroupMark = Extract<Mark, { kind: "group" }>;
/** Props a client component adds to a group it makes interactive (events, ARIA state, a ref). */
export type GroupProps = (mark: GroupMark) => Record<string, unknown> | undefined;

interface Context {
  /** The next explorable mark's number. */
  next: number;
  groupProps?: GroupProps;
}

/**
 * The page renderer: a scene as React SVG, colours left as the theme's CSS variables so the page
 * follows the reader's scheme. Each mark with a datum is focusable (one Tab stop per chart:
 * `ExplorableChart` moves focus between them) and carries its tooltip's place for that island.
 * No hooks beyond an id: server components render it, and so do client components. A client
 * component whose marks hold browser state (the flow diagram's boxes) passes `groupProps`.
 */
export function SceneSvg({ scene, className, testId, groupProps }: { scene: Scene; className?: string; testId?: string; groupProps?: GroupProps }) {
  const id = useId();
  const counter: Context = { next: 0, groupProps };
  const viewBox = scene.viewBox ? `0 0 ${scene.viewBox.width} ${scene.viewBox.height}` : undefined;
  return (
    <svg
      className={className}
      data-testid={testId}
      width={scene.width}
      height={scene.height}
      viewBox={viewBox}
      {...(scene.role === "img"
        ? { role: "img", "aria-labelledby": `${id}-title`, "aria-describedby": `${id}-desc` }
        : { role: "graphics-document", "aria-roledescription": scene.roleDescription, "aria-labelledby": `${id}-title ${id}-desc` })}
    >
      <title id={`${id}-title`}>{scene.title}</title>
      <desc id={`${id}-desc`}>{scene.description}</desc>
      {scene.marks.map((mark, index) => renderMark(mark, index, counter))}
    </svg>
  );
}

/** Explorable marks are numbered in drawing order; the first is the chart's Tab stop. */
export function renderMark(mark: Mark, key: number, counter: Context): ReactNode {
  const props: Record<string, unknown> = { key, className: mark.className };
  for (const [name, value] of [...groupAttributes(mark), ...geometryAttributes(mark), ...styleAttributes(mark, (color) => color)]) {
    props[reactName(name)] = value;
  }
  // A class, not an inline style: the stylesheet's rule reads the same before and after hydration.
  if (mark.style?.tabular) props.className = [mark.className, "tabular-nums"].filter(Boolean).join(" ");
  if (mark.kind === "group" && mark.datum) {
    const index = counter.next++;
    Object.assign(props, {
      className: ["chart-mark", mark.className].filter(Boolean).join(" "),
      tabIndex: index === 0 ? 0 : -1,
      "data-mark-index": index,
      "data-tip-left": mark.datum.tooltip.leftPct,
      "data-tip-top": mark.datum.tooltip.top,
    });
  }
  if (mark.kind === "group" && counter.groupProps) Object.assign(props, counter.groupProps(mark));
  return createElement(MARK_ELEMENT[mark.kind], props, children(mark, counter));
}

function children(mark: Mark, counter: Context): ReactNode {
  switch (mark.kind) {
    case "text":
      return mark.text;
    case "text-lines":
      return mark.lines.map((line, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: lines are positional; two may read the same
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
function reactName(name: Attribute[0]): string {
  if (name.startsWith("data-") || name.startsWith("aria-")) return name;
  return name.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());
}
