import type { ReactNode } from "react";
import { ChartFrame } from "@/components/chart/ChartFrame";
import { ExplorableChart } from "@/components/charts/ExplorableChart";
import { SceneSvg } from "@/components/charts/SceneSvg";
import { SceneSwatch } from "@/components/charts/SceneSwatch";
import { OUTCOME_BARS_TITLE, outcomeCurvesScene, outcomeIconsScene } from "@/lib/charts/outcomes-scene";
import { outcomesSearch } from "@/lib/charts/outcomes-state";
import { HEADLINE_YEAR, type OutcomesView, patientSummary } from "@/lib/charts/outcomes-view";
import { cautionSentences } from "@/lib/predict/fields";
import type { PredictInput } from "@/lib/predict/inputs";
import type { PredictResult } from "@/lib/predict/model";
import { Her2DrugsCaveat } from "./Her2DrugsCaveat";
import { OutcomesBars } from "./OutcomesFigure";
import { OutcomesTable } from "./OutcomesTable";
import { TreatmentHarms } from "./TreatmentHarms";

const swatch = (color: string) => <SceneSwatch width={14} height={14} marks={[{ kind: "rect", x: 0, y: -7, width: 14, height: 14, style: { fill: color } }]} />;

/**
 * The answer for one patient: the sentence, the 100 women at 10 years, who is alive and who died at
 * 5, 10 and 15 years with each treatment's part in its colour, the curves, and the exact table.
 */
export function OutcomesResult({
  input,
  result,
  view,
  sourceNote,
  citations,
  her2Caveat,
}: {
  input: PredictInput;
  result: PredictResult;
  view: OutcomesView;
  sourceNote: ReactNode;
  /** The model's sources in full (PREDICT_SOURCE_IDS), for "Cite this chart". */
  citations: readonly string[];
  /** For a HER2-positive cancer, what the model leaves out (her2DrugsCaveat), glossed where the page reads it first. */
  her2Caveat?: ReactNode;
}) {
  const search = outcomesSearch(input);
  const iconText = view.icons
    .filter((icon) => icon.count > 0)
    .map((icon) => `${icon.count} ${icon.label.toLowerCase()}`)
    .join(", ");
  return (
    <ChartFrame
      id="outcomes-chart"
      title="Outcomes for women like this"
      takeaway={view.headline}
      citeInPage
      notes={<OutcomeNotes view={view} />}
      table={<OutcomesTable result={result} />}
      tableLabel="Show every treatment sequence as a table"
      citations={[]}
      otherSources={{ note: sourceNote, citations }}
      apiPath={`/api/predict${search}`}
      imagePath={`/api/charts/outcomes${search}`}
      embed={{ chart: "outcomes", search }}
    >
      <p className="chart-note" data-testid="patient-summary">
        {patientSummary(input)}. Outcomes for women like this one, not a forecast for her: discuss them with the care team.
      </p>
      {her2Caveat && <Her2DrugsCaveat>{her2Caveat}</Her2DrugsCaveat>}
      <InputCautions input={input} />
      <TreatmentHarms view={view} className="callout" />
      <div className="outcome-figures">
        <figure className="outcome-icons">
          <SceneSvg scene={outcomeIconsScene(view, `Of 100 women like this, ${HEADLINE_YEAR} years after surgery: ${iconText}.`)} />
          <figcaption>
            <strong>100 women like this, {HEADLINE_YEAR} years after surgery</strong>
            <ul className="outcome-key" data-testid="icon-key">
              {view.icons
                .filter((icon) => icon.count > 0)
                .map((icon) => (
                  <li key={icon.category}>
                    {swatch(icon.color)} {icon.count} {icon.label.toLowerCase()}
                  </li>
                ))}
            </ul>
          </figcaption>
        </figure>
        <div className="outcome-bars">
          <h3 className="chart-subtitle">{OUTCOME_BARS_TITLE}</h3>
          <OutcomesBars view={view} />
        </div>
      </div>
      <h3 className="chart-subtitle">Alive over 15 years</h3>
      <ul className="outcome-key">
        <li>
          <SceneSwatch
            width={28}
            height={10}
            marks={[{ kind: "line", x1: 0, x2: 28, y1: 0, y2: 0, style: { stroke: "var(--outcome-surgery)", strokeWidth: 3 } }]}
          />{" "}
          With the treatments chosen
        </li>
        <li>
          <SceneSwatch
            width={28}
            height={10}
            marks={[{ kind: "line", x1: 0, x2: 28, y1: 0, y2: 0, style: { stroke: "var(--outcome-breast)", strokeWidth: 3, dash: "6 4" } }]}
          />{" "}
          With surgery alone
        </li>
      </ul>
      <div className="trial-chart">
        <ExplorableChart testId="outcome-curves">
          <SceneSvg scene={outcomeCurvesScene(view)} />
        </ExplorableChart>
      </div>
    </ChartFrame>
  );
}

/** The form's cautions again beside the result, which they qualify: a reader who only looks at the figures still sees them. */
function InputCautions({ input }: { input: PredictInput }) {
  const cautions = cautionSentences(input);
  if (cautions.length === 0) return null;
  return (
    <p className="callout outcomes-caution" data-testid="input-cautions">
      {cautions.join(" ")}
    </p>
  );
}

function OutcomeNotes({ view }: { view: OutcomesView }) {
  return (
    <>
      <p>
        Each bar is 100 women. From the left: those alive with surgery alone, then the extra women alive thanks to each treatment chosen (in its colour); where
        the model counts a treatment’s harm, the women alive with surgery alone whom it costs; then those who died of breast cancer and those who died of other
        causes. Percentages are rounded to whole women in the sentence and the picture, so that the 100 add up: the largest remainders round up, so a count can
        be one more or less than its percentage rounded alone (15.4% can be 16 women). The table and the API give the model’s exact figures.
      </p>
      {view.given.length === 0 && <p>No treatment after surgery was chosen, so every woman alive is alive with surgery alone.</p>}
    </>
  );
}
