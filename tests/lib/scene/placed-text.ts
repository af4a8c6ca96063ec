/**
 * Every line of text a scene prints, where it lands in the image and at what size: viewports are
 * opened the way the SVG renderer draws them (xMinYMin / xMidYMin meet, or stretched), so a label
 * drawn at 12 px in a viewport scaled by 0.8 counts as 9.6 px. Widths are the frame's estimate for
 * the text's weight.
 */
import { glyphWidthFor, textWidth } from "@/lib/scene/frame";
import type { Length, Mark, MarkStyle, Scene } from "@/lib/scene/types";

export interface PlacedText {
  text: string;
  /** Rendered font size in image px. */
  size: number;
  /** Estimated box in image px (the frame's own width estimate). */
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** How a viewport maps its drawing into the image: a point is (x0 + u·sx, y0 + v·sy); `width` resolves percentages. */
interface Transform {
  x0: number;
  y0: number;
  sx: number;
  sy: number;
  width: number;
}

function resolve(length: Length, width: number): number {
  return typeof length === "number" ? length : (Number.parseFloat(length) / 100) * width;
}

function inner(mark: Extract<Mark, { kind: "viewport" }>, t: Transform): Transform {
  const x = resolve(mark.x, t.width);
  const y = mark.y as number;
  const width = resolve(mark.width, t.width);
  const { viewBox } = mark;
  if (mark.align === "stretch")
    return { x0: t.x0 + x * t.sx, y0: t.y0 + y * t.sy, sx: (t.sx * width) / viewBox.width, sy: (t.sy * mark.height) / viewBox.height, width: viewBox.width };
  const scale = Math.min(width / viewBox.width, mark.height / viewBox.height);
  const shift = mark.align === "center" ? (width - viewBox.width * scale) / 2 : 0;
  return { x0: t.x0 + (x + shift) * t.sx, y0: t.y0 + y * t.sy, sx: t.sx * scale, sy: t.sy * scale, width: viewBox.width };
}

function place(text: string, x: number, y: number, style: MarkStyle | undefined, t: Transform): PlacedText {
  const fontSize = style?.fontSize ?? 16;
  const size = fontSize * t.sy;
  // Bold text measured as bold: at prose's width a clipped bold title passed as inside the image.
  const width = textWidth(text, fontSize, glyphWidthFor(style?.fontWeight)) * t.sx;
  const px = t.x0 + x * t.sx;
  const py = t.y0 + y * t.sy;
  const anchor = style?.anchor ?? "start";
  const left = anchor === "start" ? px : anchor === "middle" ? px - width / 2 : px - width;
  // A baseline at y: capitals rise about 0.75 of the size above it, descenders fall 0.25 below.
  return { text, size, left, right: left + width, top: py - 0.75 * size, bottom: py + 0.25 * size };
}

function walk(marks: readonly Mark[], t: Transform, inherited: MarkStyle | undefined): PlacedText[] {
  return marks.flatMap((mark): PlacedText[] => {
    const style = { ...inherited, ...mark.style };
    switch (mark.kind) {
      case "text":
        return [place(mark.text, resolve(mark.x, t.width), resolve(mark.y, t.width), style, t)];
      case "text-lines":
        return mark.lines.map((line) => place(line.text, resolve(line.x, t.width), resolve(line.y, t.width), style, t));
      case "group":
        return walk(mark.marks, t, style);
      case "viewport":
        return walk(mark.marks, inner(mark, t), style);
      default:
        return [];
    }
  });
}

export function placedText(scene: Scene): PlacedText[] {
  const width = scene.width === "100%" ? (scene.viewBox?.width ?? 0) : scene.width;
  return walk(scene.marks, { x0: 0, y0: 0, sx: 1, sy: 1, width }, undefined);
}
