import { ENDPOINTS } from "@/lib/api/endpoints";
import { datasetResponse, preflightResponse } from "@/lib/api/respond";

export const GET = (request: Request) => datasetResponse(request, ENDPOINTS.therapies);
export const OPTIONS = preflightResponse;
