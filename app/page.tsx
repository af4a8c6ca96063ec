import { SourceLine } from "@/components/chart/SourceLine";
import { datasets } from "@/lib/datasets";
import { citationsFor } from "@/lib/datasets/citations";
import { formatPeriod } from "@/lib/datasets/dimensions";
import { fourYearSurvival, her2PositiveShare, shareOfCases } from "@/lib/datasets/queries";
import { formatFigure } from "@/lib/format";
import { SUBTYPES } from "@/lib/subtypes";

export default function HomePage() {
  const survival = fourYearSurvival(datasets.survival);
  const shares = shareOfCases(datasets.prevalence);
  const her2Positive = her2PositiveShare(shares);
  const sharePeriod = formatPeriod(shares[0]?.period ?? "");

  return (
    <>
      <h1>HER2 Atlas</h1>
      <p className="lede">
        Breast cancers are grouped by two tests: hormone receptors (HR) and the HER2 protein. This atlas shows how common
        each group is, how survival compares between them, and how HER2 testing works — every figure with its source.
      </p>

      <section aria-labelledby="survival-heading">
        <h2 id="survival-heading">Four-year survival by subtype</h2>
        <p>
          Out of every 100 women diagnosed in the US in {formatPeriod(survival[0]?.period ?? "")}, this many had not died of
          breast cancer four years later. Survival was highest for HR+/HER2− and lowest for triple-negative breast cancer.
        </p>
        <ul className="card-grid" aria-label="Four-year breast cancer-specific survival by subtype">
          {survival.map((row) => {
            const subtype = SUBTYPES[row.subtype];
            return (
              <li className="card" key={row.id} data-testid="four-year-figure" data-subtype={row.subtype}>
                <div>
                  <span className="swatch" style={{ background: `var(--subtype-${row.subtype})` }} aria-hidden="true" />
                  <strong>{subtype.label}</strong>
                </div>
                <div className="figure-value">{formatFigure(row)}</div>
                <div className="muted">{subtype.plainName}</div>
              </li>
            );
          })}
        </ul>
        <SourceLine citations={citationsFor(survival, datasets.sources)} />
      </section>

      <section aria-labelledby="share-heading">
        <h2 id="share-heading">How common is HER2-positive breast cancer?</h2>
        <p>
          In US registry data for {sharePeriod}, <strong data-testid="her2-positive-share">{formatFigure({ value: her2Positive.value, unit: "percent" })}</strong>{" "}
          of all new breast cancers were HER2-positive ({her2Positive.parts.map((row) => `${row.subtype ? SUBTYPES[row.subtype].label : ""} ${formatFigure(row)}`).join(" plus ")}).
          The often-quoted “15–20%” comes from pathology and clinical studies. Registry data cover everyone diagnosed,
          including the cases whose status was never recorded, and put the share lower.
        </p>
        <div className="table-scroll">
          <table>
            <caption className="muted" style={{ captionSide: "bottom", textAlign: "left", paddingTop: "0.5rem" }}>
              Percent of all new cases, {sharePeriod}, unknown status included.
            </caption>
            <thead>
              <tr>
                <th scope="col">Subtype</th>
                <th scope="col" className="num">
                  Share of cases
                </th>
              </tr>
            </thead>
            <tbody>
              {shares.map((row) => (
                <tr key={row.id}>
                  <th scope="row">{row.subtype ? SUBTYPES[row.subtype].label : "—"}</th>
                  <td className="num">{formatFigure(row)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <SourceLine citations={citationsFor(shares, datasets.sources)} />
      </section>

      <section aria-labelledby="caveats-heading">
        <h2 id="caveats-heading">Reading these numbers</h2>
        <ul>
          <li>They describe groups of people diagnosed years ago, not what will happen to any one person.</li>
          <li>
            Treatment has improved since these women were diagnosed, especially for HER2-positive cancer, so outcomes
            today are likely better than shown.
          </li>
          <li>Four-year and five-year figures are different measures from different years and are never mixed on one axis.</li>
        </ul>
      </section>
    </>
  );
}
