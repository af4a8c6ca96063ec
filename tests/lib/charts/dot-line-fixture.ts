import type { DotLineFigure } from "@/lib/charts/dot-lines";

/**
 * A small dot-and-line chart: two series across three ages, B's middle value suppressed so a line
 * has a gap. The scene's tests and the chart component's tests draw this same figure, so the two
 * check one picture.
 */
export const RATES_BY_AGE = {
  title: "Rates by age",
  summary: "Rates rise with age.",
  categories: [
    { id: "20-24", tick: "20" },
    { id: "25-29", tick: "25" },
    { id: "30-34", tick: "30" },
  ],
  series: [
    {
      id: "a",
      label: "Group A",
      color: "var(--race-hispanic)",
      marker: "circle",
      points: [
        { id: "a1", category: "20-24", value: 0.3, description: "A 20–24: 0.3" },
        { id: "a2", category: "25-29", value: 2.0, description: "A 25–29: 2.0" },
        { id: "a3", category: "30-34", value: 4.3, description: "A 30–34: 4.3" },
      ],
    },
    {
      id: "b",
      label: "Group B",
      color: "var(--race-nh-aian)",
      marker: "diamond",
      points: [
        { id: "b1", category: "20-24", value: 1.1, description: "B 20–24: 1.1" },
        { id: "b2", category: "25-29", value: null, unavailableReason: "Suppressed", description: "B 25–29: not available. Suppressed" },
        { id: "b3", category: "30-34", value: 5.1, description: "B 30–34: 5.1" },
      ],
    },
  ],
  domainMax: 10,
  yLabel: "Up: rate",
  xLabel: "Across: age",
  missingLabel: "Not available:",
} satisfies DotLineFigure & { title: string; summary: string };
