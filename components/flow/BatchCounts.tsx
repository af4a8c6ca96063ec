import type { BatchCounts as Counts } from "@/lib/her2/batch";
import { HER2_CATEGORIES, NEXT_STEPS } from "@/lib/her2/outcomes";
import { CATEGORY_TEXT } from "@/lib/her2/category-text";
import { NEXT_STEP_TEXT } from "@/lib/her2/text";
import { formatNumber } from "@/lib/format";

/** Rows per final category and per next step, in the classifier's own order. */
export function BatchCounts({ counts }: { counts: Counts }) {
  return (
    <div className="batch-counts">
      <table data-testid="batch-category-counts">
        <caption>Final results, by category</caption>
        <thead>
          <tr>
            <th scope="col">Category</th>
            <th scope="col" className="num">
              Rows
            </th>
          </tr>
        </thead>
        <tbody>
          {HER2_CATEGORIES.map((category) => (
            <tr key={category} data-key={category}>
              <th scope="row">{CATEGORY_TEXT[category].label}</th>
              <td className="num">{formatNumber(counts.byCategory[category], 0)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <table data-testid="batch-next-step-counts">
        <caption>Not final yet, by next step</caption>
        <thead>
          <tr>
            <th scope="col">Next step</th>
            <th scope="col" className="num">
              Rows
            </th>
          </tr>
        </thead>
        <tbody>
          {NEXT_STEPS.map((step) => (
            <tr key={step} data-key={step}>
              <th scope="row">{NEXT_STEP_TEXT[step].label}</th>
              <td className="num">{formatNumber(counts.byNextStep[step], 0)}</td>
            </tr>
          ))}
          <tr data-key="invalid">
            <th scope="row">Rows with errors</th>
            <td className="num">{formatNumber(counts.invalid, 0)}</td>
          </tr>
        </tbody>
      </table>
    </div>
  );
}
