import type { ReactNode } from "react";
import { DataTable, type TableColumn } from "@/components/layout/DataTable";
import { ScrollRegion } from "@/components/layout/ScrollRegion";
import { type PublishedFigure, shownFigures } from "@/lib/datasets/trials-schema";
import { formatNumber } from "@/lib/format";
import type { EndpointAnalysis } from "@/lib/trials/analysis";
import { type Estimate, survivalAt } from "@/lib/trials/statistics";

interface Row {
  key: string;
  label: string;
  ours: string;
  published: PublishedFigure | undefined;
}

const COLUMNS: readonly TableColumn<Row>[] = [
  { header: "Figure", cell: (row) => row.label },
  { header: "Ours (reconstructed)", cell: (row) => row.ours },
  {
    header: "Published",
    cell: (row) => (row.published ? row.published.printed : <span className="muted">Not shown: not printed for this comparison, or not confirmed</span>),
  },
  { header: "Where printed", cell: (row) => row.published?.where ?? "—" },
];

const months = (value: number | null) => (value === null ? "not reached" : `${formatNumber(value, 1)} months`);
const bound = (value: number | null) => (value === null ? "not reached" : formatNumber(value, 1));
const medianText = (median: Estimate) =>
  median.lower === null && median.upper === null
    ? `${months(median.value)} (nor either end of its 95% CI)`
    : `${months(median.value)} (95% CI ${bound(median.lower)} to ${bound(median.upper)})`;

/** A p-value as a paper would print it: small ones as "<0.001". */
export function pValueText(p: number): string {
  return p < 0.001 ? "<0.001" : formatNumber(p, 3);
}

/**
 * Our figures (computed from the reconstructed patients) beside the paper's (as printed, with where),
 * row by row; a figure the paper did not print, or that could not be confirmed, says so.
 */
export function PublishedComparison({ analysis, note }: { analysis: EndpointAnalysis; note: ReactNode }) {
  const { endpoint } = analysis;
  // Only figures seen in the paper (or a word-for-word copy); an unconfirmed one is not shown.
  const figures = shownFigures(endpoint.published);
  const arms = [analysis.experimental, analysis.control];
  const hr = analysis.hazardRatio;
  const rows: Row[] = [
    ...arms.map((arm) => ({
      key: `median-${arm.arm}`,
      label: `Median, ${arm.label}`,
      ours: medianText(arm.median),
      published: figures.find((f) => f.measure === "median" && f.arm === arm.arm),
    })),
    {
      key: "hazard-ratio",
      label: "Hazard ratio",
      ours: `${formatNumber(hr.value, 2)} (95% CI ${formatNumber(hr.lower, 2)}–${formatNumber(hr.upper, 2)})`,
      published: figures.find((f) => f.measure === "hazard-ratio"),
    },
    { key: "p-value", label: "p-value (log-rank)", ours: pValueText(analysis.logRank.p), published: figures.find((f) => f.measure === "p-value") },
    ...figures.flatMap((figure): Row[] => {
      if (figure.measure !== "survival-rate") return [];
      const arm = arms.find((a) => a.arm === figure.arm);
      const ours = arm ? survivalAt(arm.fit, [figure.atMonths])[0] : undefined;
      return [
        {
          key: `rate-${figure.arm}-${figure.atMonths}`,
          label: `At ${figure.atMonths} months, ${arm?.label ?? figure.arm}`,
          ours: ours ? `${formatNumber(ours.survival * 100, 1)}%` : "—",
          published: figure,
        },
      ];
    }),
  ];
  return (
    <section aria-labelledby="published-heading" className="section" data-testid="published-comparison">
      <h2 id="published-heading">Our figures and the paper’s</h2>
      <p className="chart-note">{note}</p>
      {endpoint.publishedAnalysis && <p className="chart-note">The paper’s figures: {endpoint.publishedAnalysis}.</p>}
      <ScrollRegion label="Reconstructed and published figures">
        <DataTable
          className="comparison-table"
          caption={
            <>
              {analysis.trial.name}, {endpoint.endpoint}: reconstructed and published figures
            </>
          }
          columns={COLUMNS}
          rows={rows}
          rowKey={(row) => row.key}
        />
      </ScrollRegion>
    </section>
  );
}
