import type { TrialView } from "@/lib/charts/trial-view";
import { formatNumber } from "@/lib/format";
import type { SurvivalPoint } from "@/lib/trials/statistics";

const percent = (value: number | null) => (value === null ? "—" : `${formatNumber(value * 100, 1)}%`);

/**
 * The table view: at each time on the axis, each arm's share (95% interval) and number at risk. A time
 * past the longest follow-up has no estimate (trials/README.md), so its row is left out and the note says so.
 */
export function TrialTable({ view }: { view: TrialView }) {
  const times = view.ticks.flatMap((time, i) => (time <= view.followUp ? [{ time, i }] : []));
  const leftOut = view.ticks.filter((time) => time > view.followUp);
  return (
    <>
      <table data-testid="trial-table">
        <caption className="sr-only">{view.title}, Kaplan–Meier estimates by time</caption>
        <thead>
          <tr>
            <th scope="col">Months</th>
            {view.arms.map((arm) => (
              <th scope="col" key={arm.arm} colSpan={2}>
                {arm.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {times.map(({ time, i }) => (
            <tr key={time}>
              <th scope="row" className="num">
                {time}
              </th>
              {view.arms.map((arm, a) => {
                const point = view.atTicks[a]?.[i];
                return point ? (
                  <ArmCells key={arm.arm} point={point} />
                ) : (
                  <td key={arm.arm} colSpan={2}>
                    —
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      {leftOut.length > 0 && (
        <p className="chart-note" data-testid="trial-table-note">
          Left out: {leftOut.join(" and ")} months, past the longest follow-up ({formatNumber(view.followUp, 1)} months), where no patient was still followed.
        </p>
      )}
    </>
  );
}

function ArmCells({ point }: { point: SurvivalPoint }) {
  return (
    <>
      <td className="num">
        {percent(point.survival)}{" "}
        <span className="muted">
          ({percent(point.lower)}–{percent(point.upper)})
        </span>
      </td>
      <td className="num">{formatNumber(point.atRisk, 0)} at risk</td>
    </>
  );
}
