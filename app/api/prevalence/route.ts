import { ENDPOINTS } from "@/lib/api/endpoints";
import { datasetResponse, preflightResponse } from "@/lib/api/respond";

export const GET = (request: Request) => datasetResponse(request, ENDPOINTS.prevalence);
export const OPTIONS = preflightResponse;
