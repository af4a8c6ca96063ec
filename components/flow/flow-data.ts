import { exploreOutcomes, workedExamples } from "@/lib/her2/explore";
import { FLOW_ORIENTATIONS, layoutFlow } from "@/lib/her2/layout";

/**
 * The graph is fixed, so both layouts, the routes into every outcome and the worked examples are
 * computed once per page load, identically on the server and in the browser.
 */
export const FLOW_LAYOUTS = FLOW_ORIENTATIONS.map((orientation) => layoutFlow(orientation));
export const OUTCOME_ROUTES = exploreOutcomes();
export const WORKED_EXAMPLES = workedExamples(OUTCOME_ROUTES);
