/** The diagram's section on /testing: where "Cite this chart" links, with or without JavaScript. */
export const FLOW_ANCHOR = "flow-diagram";
