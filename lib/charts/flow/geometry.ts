/**
 * The plane geometry of the flow diagram's lines: S-curves between rows, their path data, and the
 * hit tests that keep labels off boxes and lines. Pure numbers, no graph.
 */

export interface Point {
  x: number;
  y: number;
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Vertical runs stay straight; a change of x becomes an S-curve with vertical ends. */
export function pathData(points: readonly Point[]): string {
  const [first, ...rest] = points;
  if (!first) return "";
  let previous = first;
  let data = `M${round(first.x)},${round(first.y)}`;
  for (const point of rest) {
    if (point.x === previous.x) data += `V${round(point.y)}`;
    else {
      const middle = round((previous.y + point.y) / 2);
      data += `C${round(previous.x)},${middle} ${round(point.x)},${middle} ${round(point.x)},${round(point.y)}`;
    }
    previous = point;
  }
  return data;
}

/** A point on the S-curve `pathData` draws from `start` to `end` (vertical tangents at both ends). */
export function curvePoint(start: Point, end: Point, t: number): Point {
  const middle = (start.y + end.y) / 2;
  const u = 1 - t;
  return {
    x: start.x + (end.x - start.x) * (3 * t * t - 2 * t * t * t),
    y: u * u * u * start.y + 3 * u * t * (u + t) * middle + t * t * t * end.y,
  };
}

/** An edge as straight pieces: each S-curve sampled finely, for hit tests. */
export function polyline(points: readonly Point[]): Point[] {
  const [first, ...rest] = points;
  if (!first) return [];
  const line = [first];
  let previous = first;
  for (const point of rest) {
    if (point.x === previous.x) line.push(point);
    else for (let step = 1; step <= CURVE_SAMPLES; step++) line.push(curvePoint(previous, point, step / CURVE_SAMPLES));
    previous = point;
  }
  return line;
}

const CURVE_SAMPLES = 16;

/** Whether the segment from `a` to `b` touches the box (Liang–Barsky clipping). */
export function segmentMeetsBox(a: Point, b: Point, box: Box): boolean {
  let [enter, leave] = [0, 1];
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const sides: [number, number][] = [
    [-dx, a.x - box.x],
    [dx, box.x + box.width - a.x],
    [-dy, a.y - box.y],
    [dy, box.y + box.height - a.y],
  ];
  for (const [p, q] of sides) {
    if (p === 0) {
      if (q < 0) return false;
    } else {
      const r = q / p;
      if (p < 0) enter = Math.max(enter, r);
      else leave = Math.min(leave, r);
      if (enter > leave) return false;
    }
  }
  return true;
}

export function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

export function grow(box: Box, by: number): Box {
  return { x: box.x - by, y: box.y - by, width: box.width + 2 * by, height: box.height + 2 * by };
}

export function round(value: number): number {
  return Math.round(value * 10) / 10;
}
