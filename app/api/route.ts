import { apiIndex } from "@/lib/api/catalog";
import { jsonResponse, preflightResponse } from "@/lib/api/respond";
import { API_ROUTES } from "@/lib/api/routes";

export const GET = (request: Request) => jsonResponse(request, apiIndex(API_ROUTES));
export const OPTIONS = preflightResponse;
