import { DataTable, type TableColumn } from "@/components/layout/DataTable";
import { OUTCOME_YEARS, TREATMENT_LABELS } from "@/lib/charts/outcomes-view";
import { formatNumber } from "@/lib/format";
import type { PredictResult, TreatmentOutcome } from "@/lib/predict/model";

const percent = (series: readonly number[], year: number) => <>{formatNumber(series[year - 1] ?? 0, 2)}%</>;

const COLUMNS: readonly TableColumn<TreatmentOutcome>[] = [
  { header: "Treatments (a “+” adds to the row before)", cell: (row) => TREATMENT_LABELS[row.treatment] },
  ...OUTCOME_YEARS.map((year) => ({ header: <>Alive at {year} years</>, numeric: true, cell: (row: TreatmentOutcome) => percent(row.allCauseSurvival, year) })),
  { header: "Died of breast cancer by 15 years", numeric: true, cell: (row) => percent(row.breastCancerDeaths, 15) },
  { header: "Died of other causes by 15 years", numeric: true, cell: (row) => percent(row.otherDeaths, 15) },
];

/** Every cumulative treatment sequence at 5, 10 and 15 years: alive, died of breast cancer, died of other causes. */
export function OutcomesTable({ result }: { result: PredictResult }) {
  return (
    <DataTable
      testId="outcomes-table"
      caption="PREDICT Breast v3.2 outcomes by treatment sequence, percent of women"
      columns={COLUMNS}
      rows={result.results}
      rowKey={(row) => row.treatment}
    />
  );
}
