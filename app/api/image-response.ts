import sharp from "sharp";
import { CACHE_CONTROL, CORS_HEADERS, etagMatches, fingerprint } from "@/lib/api/respond";
import { BoundedCache } from "@/lib/bounded-cache";

/** Rasterising a slide costs ~100 ms of CPU, so each recent image is rasterised once. */
const recentPngs = new BoundedCache<Uint8Array<ArrayBuffer>>(64);

/** An SVG string served as itself or rasterised to PNG, with an ETag: shared by chart images and page cards. */
export async function imageResponse(request: Request, svg: string, format: "svg" | "png", filename: string): Promise<Response> {
  const etag = `"${fingerprint(svg)}-${format}"`;
  const headers = { ...CORS_HEADERS, "Cache-Control": CACHE_CONTROL, ETag: etag, "Content-Disposition": `inline; filename=${filename}` };
  if (etagMatches(request, etag)) return new Response(null, { status: 304, headers });
  if (format === "svg") return new Response(svg, { headers: { ...headers, "Content-Type": "image/svg+xml; charset=utf-8" } });
  const png = recentPngs.get(etag) ?? recentPngs.set(etag, new Uint8Array(await sharp(Buffer.from(svg)).png().toBuffer()));
  return new Response(png, { headers: { ...headers, "Content-Type": "image/png" } });
}
