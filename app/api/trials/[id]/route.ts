import { apiMethods } from "@/lib/api/methods";
import { trialResponse } from "@/lib/api/trials";

/** /api/trials/<endpoint>: the endpoint's arms, medians, hazard ratio, log-rank test and published figures. */
async function trial(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return trialResponse(request, (await params).id);
}

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = apiMethods({ GET: trial });
