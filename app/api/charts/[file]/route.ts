import { apiMethods } from "@/lib/api/methods";
import { errorResponse } from "@/lib/api/respond";
import { chartSvg } from "@/lib/export/chart-svg";
import { parseChartRequest } from "@/lib/export/charts";
import { viewQueryParams } from "@/lib/her2/query-string";
import { publicOrigin } from "@/lib/site-origin";
import { imageResponse } from "../../image-response";

/** /api/charts/<chart>.svg|.png: the chart as an image for slides, with the same parameters as its page. */
async function chartImage(request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const query = viewQueryParams(new URL(request.url).search);
  const parsed = parseChartRequest(file, query, publicOrigin(request.headers));
  if (!parsed.ok) return errorResponse(parsed.error, parsed.status);
  return imageResponse(request, parsed.key, () => chartSvg(parsed.spec()), parsed.format, parsed.fileName);
}

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = apiMethods({ GET: chartImage });
