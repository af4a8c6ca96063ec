import type { TrialView } from "@/lib/charts/trial-view";
import { formatNumber } from "@/lib/format";
import type { SurvivalPoint } from "@/lib/trials/statistics";

const percent = (value: number | null) => (value === null ? "—" : `${formatNumber(value * 100, 1)}%`);

/** The table view: at each time on the axis, each arm's share (95% interval) and number at risk. */
export function TrialTable({ view }: { view: TrialView }) {
  return (
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
        {view.ticks.map((time, i) => (
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
