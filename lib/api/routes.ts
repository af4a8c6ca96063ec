/** Non-dataset API routes, described once for the /api index and the OpenAPI document. */
import type { ExtraRoute } from "./catalog";

export const API_ROUTES: readonly ExtraRoute[] = [];
