import { openApiDocument } from "@/lib/api/catalog";
import { documentHandler, preflightResponse } from "@/lib/api/respond";
import { API_ROUTES } from "@/lib/api/routes";

export const GET = documentHandler(() => openApiDocument(API_ROUTES));
export const OPTIONS = preflightResponse;
