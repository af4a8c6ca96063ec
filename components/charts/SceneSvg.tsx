import { createElement, type ReactNode, useId } from "react";
import { geometryAttributes, groupAttributes, MARK_ELEMENT, type MarkOrder, pageAttributes, styleAttributes } from "@/lib/scene/attributes";
import { escapeXml, pageMarksToSvg } from "@/lib/scene/svg";
import type { Mark, Scene } from "@/lib/scene/types";

type GroupMark = Extract<Mark, { kind: "group" }>;
/** Props a client component adds to a group it makes interactive (events, ARIA state, a ref). */
export type GroupProps = (mark: GroupMark) => Record<string, unknown> | undefined;

interface Context extends MarkOrder {
  groupProps?: GroupProps;
}

/**
 * The page renderer: a scene as an <svg> in the page, colours left as the theme's CSS variables so
 * the page follows the reader's scheme. Each mark with a datum is focusable (one Tab stop per chart:
 * `ExplorableChart` moves focus between them) and carries its tooltip's place for that island.
 * No hooks beyond an id: server components render it, and so do client components.
 *
 * The marks go in as markup (lib/scene/svg's `pageMarksToSvg`), not as React elements: nothing
 * but the DOM reads them (ExplorableChart listens on the chart's box), so React need not send
 * each one in the page's payload nor walk each one when it hydrates, the bulk of a chart page's
 * main-thread work on a phone. A client component whose marks hold browser state (the flow
 * diagram's boxes) passes `groupProps` and gets React elements it can give handlers to.
 */
export function SceneSvg({ scene, className, testId, groupProps }: { scene: Scene; className?: string; testId?: string; groupProps?: GroupProps }) {
  const id = useId();
  const viewBox = scene.viewBox ? `0 0 ${scene.viewBox.width} ${scene.viewBox.height}` : undefined;
  const root = {
    className,
    "data-testid": testId,
    width: scene.width,
    height: scene.height,
    viewBox,
    ...(scene.role === "img"
      ? { role: "img", "aria-labelledby": `${id}-title`, "aria-describedby": `${id}-desc` }
      : { role: "graphics-document", "aria-roledescription": scene.roleDescription, "aria-labelledby": `${id}-title ${id}-desc` }),
  };
  if (!groupProps) {
    const heading = `<title id="${escapeXml(`${id}-title`)}">${escapeXml(scene.title)}</title><desc id="${escapeXml(`${id}-desc`)}">${escapeXml(scene.description)}</desc>`;
    // biome-ignore lint/security/noDangerouslySetInnerHtml: every text and attribute value is escaped by lib/scene/svg (tested with markup in the data)
    return <svg {...root} dangerouslySetInnerHTML={{ __html: heading + pageMarksToSvg(scene.marks) }} />;
  }
  const counter: Context = { next: 0, groupProps };
  return (
    <svg {...root}>
      <title id={`${id}-title`}>{scene.title}</title>
      <desc id={`${id}-desc`}>{scene.description}</desc>
      {scene.marks.map((mark, index) => renderMark(mark, index, counter))}
    </svg>
  );
}

/** A mark as a React element, numbered in drawing order as `pageMarksToSvg` numbers it. */
export function renderMark(mark: Mark, key: number, counter: Context): ReactNode {
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
function reactName(name: string): string {
  if (name === "class") return "className";
  if (name === "tabindex") return "tabIndex";
  if (name.startsWith("data-") || name.startsWith("aria-")) return name;
  return name.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());
}
