import type { ReactNode } from "react";
import { embedExploreHref } from "@/lib/charts/registry";
import type { SearchParams } from "@/lib/charts/url-state";
import type { Citation } from "@/lib/datasets/citations";
import type { EmbeddableChart } from "@/lib/embed";
import { type EmbedCaveat, embedCaveat } from "./caveats";

/** What an embed shows for one state: the frame's takeaway and sources, and the chart itself. */
export interface EmbedContent {
  takeaway: ReactNode;
  citations: readonly Citation[];
  chart: ReactNode;
}

/** One embeddable chart: its page's URL parser (same fallbacks, same notices), the link back to that view, and what it draws. */
export interface EmbedEntry<State> {
  parse: (params: SearchParams) => { state: State; notices: string[] };
  /** The query string of the full page showing this state (the registry adds the chart's section anchor). */
  explore: (state: State) => string;
  render: (state: State) => EmbedContent;
}

export interface ResolvedEmbed extends EmbedContent {
  caveat: EmbedCaveat;
  notices: string[];
  pageHref: string;
}

/** Binds an entry's state type once, so the registry below can hold charts with different states. */
export function embed<State>(chart: EmbeddableChart, entry: EmbedEntry<State>): (params: SearchParams) => ResolvedEmbed {
  return (params) => {
    const { state, notices } = entry.parse(params);
    return { ...entry.render(state), caveat: embedCaveat(chart), notices, pageHref: embedExploreHref(chart, entry.explore(state)) };
  };
}
