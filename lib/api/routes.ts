/** Non-dataset API routes, described once for the /api index and the OpenAPI document. */
import type { ExtraRoute } from "./catalog";
import { HER2_STATUS_ROUTE } from "./her2-status";
import { CARD_ROUTE, CHART_IMAGE_ROUTE } from "./images";
import { OEMBED_ROUTE } from "./oembed";
import { PREDICT_ROUTE } from "./predict";
import { TRIAL_ROUTE, TRIAL_SURVIVAL_ROUTE } from "./trial-routes";

export const API_ROUTES: readonly ExtraRoute[] = [
  TRIAL_ROUTE,
  TRIAL_SURVIVAL_ROUTE,
  PREDICT_ROUTE,
  HER2_STATUS_ROUTE,
  OEMBED_ROUTE,
  CHART_IMAGE_ROUTE,
  CARD_ROUTE,
];
