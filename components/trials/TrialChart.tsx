import { ExplorableChart } from "@/components/charts/ExplorableChart";
import { PaletteStyle } from "@/components/charts/PaletteStyle";
import { SceneSvg } from "@/components/charts/SceneSvg";
import { SceneSwatch } from "@/components/charts/SceneSwatch";
import { trialScene } from "@/lib/charts/trial-scene";
import { armColorCss } from "@/lib/charts/trial-style";
import type { TrialView } from "@/lib/charts/trial-view";

/**
 * The Kaplan–Meier curves, drawn on the server: the key (line colour and style per arm), the y-axis
 * note, then the chart, whose time steps a keyboard or pointer explores.
 */
export function TrialChart({ view }: { view: TrialView }) {
  return (
    <>
      {/* The arm palette, defined once in lib/charts/trial-style. */}
      <PaletteStyle href="arm-colors" css={armColorCss()} />
      <ul className="chart-key trial-key" aria-label="Arms">
        {view.arms.map((arm) => (
          <li key={arm.arm}>
            <SceneSwatch
              width={28}
              height={10}
              marks={[{ kind: "line", x1: 0, x2: 28, y1: 0, y2: 0, style: { stroke: arm.color, strokeWidth: 3, dash: arm.dash } }]}
            />{" "}
            {arm.label} <span className="muted">({arm.n.toLocaleString("en-US")} patients)</span>
          </li>
        ))}
      </ul>
      <p className="axis-note">{view.yLabel}</p>
      <div className="trial-chart">
        <ExplorableChart testId="trial-chart">
          <SceneSvg scene={trialScene(view)} />
        </ExplorableChart>
      </div>
    </>
  );
}
