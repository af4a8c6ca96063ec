import { apiMethods } from "@/lib/api/methods";
import { errorResponse } from "@/lib/api/respond";
import { chartSvg } from "@/lib/export/chart-svg";
import { parseChartRequest } from "@/lib/export/charts";
import { explicitIhcPluses } from "@/lib/her2/query-string";
import { publicOrigin } from "@/lib/site-origin";
import { imageResponse } from "../../image-response";

/** /api/charts/<chart>.svg|.png: the chart as an image for slides, with the same parameters as its page. */
async function chartImage(request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  // A HER2 case's IHC score is read from the raw query as /api/her2-status reads it ("2++" is not 2+).
  const query = new URLSearchParams(explicitIhcPluses(new URL(request.url).search));
  const parsed = parseChartRequest(file, query, publicOrigin(request.headers));
  if (!parsed.ok) return errorResponse(parsed.error, parsed.status);
  return imageResponse(request, parsed.key, () => chartSvg(parsed.spec()), parsed.format, `${parsed.chart}-${parsed.size}.${parsed.format}`);
}

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = apiMethods({ GET: chartImage });
