/** Non-dataset API routes, described once for the /api index and the OpenAPI document. */
import type { ExtraRoute } from "./catalog";
import { HER2_STATUS_ROUTE } from "./her2-status";

export const API_ROUTES: readonly ExtraRoute[] = [HER2_STATUS_ROUTE];
