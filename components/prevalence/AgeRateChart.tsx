import { DotLineChart } from "@/components/charts/DotLineChart";
import type { PrevalenceDotLineView } from "@/lib/charts/prevalence-views";

/** The rates by age, one line per group, explored along each line by keyboard: on the page and in its embed. */
export function AgeRateChart({ view }: { view: PrevalenceDotLineView }) {
  const { title, takeaway, series, categories, domainMax, yLabel, xLabel, missingLabel } = view;
  return (
    <DotLineChart
      title={title}
      summary={`${takeaway} Use the arrow keys to move along each group's line, one age group at a time.`}
      series={series}
      categories={categories}
      domainMax={domainMax}
      yLabel={yLabel}
      xLabel={xLabel}
      missingLabel={missingLabel}
    />
  );
}
