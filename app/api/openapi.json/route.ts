import { openApiDocument } from "@/lib/api/catalog";
import { jsonResponse, preflightResponse } from "@/lib/api/respond";
import { API_ROUTES } from "@/lib/api/routes";

export const GET = (request: Request) => jsonResponse(request, openApiDocument(API_ROUTES));
export const OPTIONS = preflightResponse;
