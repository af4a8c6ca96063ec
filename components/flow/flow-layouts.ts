import { FLOW_ORIENTATIONS, layoutFlow } from "@/lib/charts/flow/layout";

/**
 * Both layouts of the fixed graph, computed once per server process. Only server components import
 * this and pass the layouts to client components as props, so the browser neither downloads the
 * layout code nor spends its main thread running it.
 */
export const FLOW_LAYOUTS = FLOW_ORIENTATIONS.map((orientation) => layoutFlow(orientation));
