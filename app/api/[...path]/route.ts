import { openApiDocument } from "@/lib/api/catalog";
import { errorResponse, preflightResponse } from "@/lib/api/respond";
import { API_ROUTES } from "@/lib/api/routes";

/** Any other /api/* path: a JSON 404 listing the routes there are, not the site's HTML page. */
const routes = Object.keys(openApiDocument(API_ROUTES).paths);
const notFound = () => errorResponse({ parameter: null, message: "No such API route; the index is /api.", allowed: routes }, 404);

export const GET = notFound;
export const POST = notFound;
export const PUT = notFound;
export const PATCH = notFound;
export const DELETE = notFound;
export const OPTIONS = preflightResponse;
