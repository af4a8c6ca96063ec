import sharp from "sharp";
import { CACHE_CONTROL, CORS_HEADERS } from "@/lib/api/respond";

/** An SVG string served as itself or rasterised to PNG: shared by chart images and page cards. */
export async function imageResponse(svg: string, format: "svg" | "png", filename: string): Promise<Response> {
  const headers = { ...CORS_HEADERS, "Cache-Control": CACHE_CONTROL, "Content-Disposition": `inline; filename=${filename}` };
  if (format === "svg") return new Response(svg, { headers: { ...headers, "Content-Type": "image/svg+xml; charset=utf-8" } });
  const png = await sharp(Buffer.from(svg)).png().toBuffer();
  return new Response(new Uint8Array(png), { headers: { ...headers, "Content-Type": "image/png" } });
}
