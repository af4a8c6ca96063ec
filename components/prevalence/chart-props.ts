import type { PrevalenceViewState } from "@/lib/charts/prevalence-state";
import type { Wording } from "@/lib/charts/wording";
import type { PrevalenceRow, Source } from "@/lib/datasets/schemas";

/** What every prevalence chart is given: the rows and sources, and whether its table view is open. */
interface PrevalenceChartBase {
  rows: readonly PrevalenceRow[];
  sources: readonly Source[];
  tableOpen: boolean;
}

/** A chart with options of its own (races, period, figures): it reads the page's whole state. */
export interface PrevalenceStateChartProps extends PrevalenceChartBase {
  state: PrevalenceViewState;
}

/** A chart with no options: only the page's wording changes it. */
export interface PrevalenceWordingChartProps extends PrevalenceChartBase {
  wording: Wording;
}
