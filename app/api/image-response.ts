import sharp from "sharp";
import { CACHE_CONTROL, CORS_HEADERS, etagMatches, fingerprint } from "@/lib/api/respond";
import { BoundedCache } from "@/lib/bounded-cache";

interface Image {
  body: Uint8Array<ArrayBuffer> | string;
  etag: string;
}

/**
 * Drawing a chart costs 5–100 ms and rasterising it ~100 ms more, so each recent image is made once,
 * keyed on its validated, canonical options (never the raw query: reordered or ignored parameters
 * would make every request a new drawing).
 */
const recentImages = new BoundedCache<Image>(64);

async function render(svg: string, format: "svg" | "png"): Promise<Image> {
  const etag = `"${fingerprint(svg)}-${format}"`;
  return { etag, body: format === "svg" ? svg : new Uint8Array(await sharp(Buffer.from(svg)).png().toBuffer()) };
}

/** An image drawn by `draw` (an SVG string), served as itself or as PNG, with an ETag: shared by chart images and page cards. */
export async function imageResponse(request: Request, key: string, draw: () => string, format: "svg" | "png", filename: string): Promise<Response> {
  const { body, etag } = recentImages.get(key) ?? recentImages.set(key, await render(draw(), format));
  const headers = { ...CORS_HEADERS, "Cache-Control": CACHE_CONTROL, ETag: etag, "Content-Disposition": `inline; filename=${filename}` };
  if (etagMatches(request, etag)) return new Response(null, { status: 304, headers });
  const type = format === "svg" ? "image/svg+xml; charset=utf-8" : "image/png";
  return new Response(body, { headers: { ...headers, "Content-Type": type } });
}
