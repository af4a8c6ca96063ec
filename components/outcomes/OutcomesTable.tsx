import { OUTCOME_YEARS, TREATMENT_LABELS } from "@/lib/charts/outcomes-view";
import { formatNumber } from "@/lib/format";
import type { PredictResult } from "@/lib/predict/model";

const value = (series: readonly number[], year: number) => formatNumber(series[year - 1] ?? 0, 2);

/** Every cumulative treatment sequence at 5, 10 and 15 years: alive, died of breast cancer, died of other causes. */
export function OutcomesTable({ result }: { result: PredictResult }) {
  return (
    <table data-testid="outcomes-table">
      <caption className="sr-only">PREDICT Breast v3.2 outcomes by treatment sequence, percent of women</caption>
      <thead>
        <tr>
          <th scope="col">Treatments (each adds to the one before)</th>
          {OUTCOME_YEARS.map((year) => (
            <th scope="col" key={year} className="num">
              Alive at {year} years
            </th>
          ))}
          <th scope="col" className="num">
            Died of breast cancer by 15 years
          </th>
          <th scope="col" className="num">
            Died of other causes by 15 years
          </th>
        </tr>
      </thead>
      <tbody>
        {result.results.map((row) => (
          <tr key={row.treatment}>
            <th scope="row">{TREATMENT_LABELS[row.treatment]}</th>
            {OUTCOME_YEARS.map((year) => (
              <td key={year} className="num">
                {value(row.allCauseSurvival, year)}%
              </td>
            ))}
            <td className="num">{value(row.breastCancerDeaths, 15)}%</td>
            <td className="num">{value(row.otherDeaths, 15)}%</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
