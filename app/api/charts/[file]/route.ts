import sharp from "sharp";
import { errorResponse, CACHE_CONTROL, CORS_HEADERS } from "@/lib/api/respond";
import { chartSvg, parseChartRequest } from "@/lib/export/charts";

/** /api/charts/<chart>.svg|.png: the chart as an image for slides, with the same parameters as its page. */
export async function GET(request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const parsed = parseChartRequest(file, new URL(request.url).searchParams);
  if (!parsed.ok) return errorResponse(parsed.error, parsed.status);
  const svg = chartSvg(parsed.spec);
  const headers = { ...CORS_HEADERS, "Cache-Control": CACHE_CONTROL, "Content-Disposition": `inline; filename=${parsed.chart}-${parsed.spec.size}.${parsed.format}` };
  if (parsed.format === "svg") return new Response(svg, { headers: { ...headers, "Content-Type": "image/svg+xml; charset=utf-8" } });
  const png = await sharp(Buffer.from(svg)).png().toBuffer();
  return new Response(new Uint8Array(png), { headers: { ...headers, "Content-Type": "image/png" } });
}
