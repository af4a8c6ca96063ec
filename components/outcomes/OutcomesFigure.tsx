import { ExplorableChart } from "@/components/charts/ExplorableChart";
import { PaletteStyle } from "@/components/charts/PaletteStyle";
import { SceneSvg } from "@/components/charts/SceneSvg";
import { outcomeColorCss } from "@/lib/charts/outcome-style";
import { outcomeBarsScene } from "@/lib/charts/outcomes-scene";
import type { OutcomesView } from "@/lib/charts/outcomes-view";
import { OutcomeKey } from "./OutcomeKey";

/** The stacked bars with their key and the outcome palette: what the page, the embed and a slide share. */
export function OutcomesBars({ view }: { view: OutcomesView }) {
  return (
    <>
      {/* The outcome palette, defined once in lib/charts/outcome-style. */}
      <PaletteStyle href="outcome-colors" css={outcomeColorCss()} />
      <OutcomeKey view={view} />
      <ExplorableChart testId="outcome-bars">
        <SceneSvg scene={outcomeBarsScene(view)} />
      </ExplorableChart>
    </>
  );
}
