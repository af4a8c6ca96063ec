// What an image route's PNG answer is, asserted in one place.
import sharp from "sharp";
import { expect } from "vitest";

/** The answer is a PNG, by its header and by its bytes, of this size in pixels. */
export async function expectPng(response: Response, width: number, height: number): Promise<void> {
  expect(response.headers.get("content-type")).toBe("image/png");
  const meta = await sharp(Buffer.from(await response.arrayBuffer())).metadata();
  expect([meta.format, meta.width, meta.height]).toEqual(["png", width, height]);
}
