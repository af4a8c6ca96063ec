import { formatNumber } from "@/lib/format";
import type { BatchCounts as Counts } from "@/lib/her2/batch";
import { CATEGORY_TEXT } from "@/lib/her2/category-text";
import { HER2_CATEGORIES, NEXT_STEPS } from "@/lib/her2/outcomes";
import { NEXT_STEP_TEXT } from "@/lib/her2/text";

interface CountRow {
  key: string;
  label: string;
  count: number;
}

/** Rows per final category and per next step, in the classifier's own order. */
export function BatchCounts({ counts }: { counts: Counts }) {
  const byCategory = HER2_CATEGORIES.map((category) => ({ key: category, label: CATEGORY_TEXT[category].label, count: counts.byCategory[category] }));
  const byNextStep = NEXT_STEPS.map((step) => ({ key: step, label: NEXT_STEP_TEXT[step].label, count: counts.byNextStep[step] }));
  return (
    <div className="batch-counts">
      <CountTable testId="batch-category-counts" caption="Final results, by category" heading="Category" rows={byCategory} />
      <CountTable
        testId="batch-next-step-counts"
        caption="Not final yet, by next step"
        heading="Next step"
        rows={[...byNextStep, { key: "invalid", label: "Rows with errors", count: counts.invalid }]}
      />
    </div>
  );
}

function CountTable({ testId, caption, heading, rows }: { testId: string; caption: string; heading: string; rows: readonly CountRow[] }) {
  return (
    <table data-testid={testId}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{heading}</th>
          <th scope="col" className="num">
            Rows
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key} data-key={row.key}>
            <th scope="row">{row.label}</th>
            <td className="num">{formatNumber(row.count, 0)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
