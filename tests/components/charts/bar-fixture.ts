import type { BarDatum } from "@/lib/charts/bars";

/** Three bars: two reported (the second with a CI) and one not available. Shared by the bar chart's tests. */
export const SURVIVAL_BARS: BarDatum[] = [
  { id: "a", label: "HR+/HER2−", value: 92.5, valueText: "92.5%", color: "red", marker: "circle", description: "A is 92.5%" },
  { id: "b", label: "HR−/HER2+", value: 82.7, valueText: "82.7%", color: "blue", marker: "diamond", description: "B is 82.7%", ci: { lower: 80, upper: 85 } },
  {
    id: "c",
    label: "Unknown",
    value: null,
    valueText: "Not available",
    color: "grey",
    marker: "cross",
    description: "C is not available: no figure",
    unavailableReason: "no figure",
  },
];
