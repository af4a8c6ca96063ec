import { pageMetadata } from "@/app/page-metadata";
import { PageSources } from "@/components/chart/PageSources";
import { SourceNote } from "@/components/chart/SourceNote";
import { Term } from "@/components/glossary/Term";
import { DataTable, type TableColumn } from "@/components/layout/DataTable";
import { Disclosure } from "@/components/layout/Disclosure";
import { QuotedShareExplainer } from "@/components/prevalence/QuotedShareExplainer";
import { SubtypeLink } from "@/components/subtypes/SubtypeLink";
import { SurvivalSummary } from "@/components/survival/SurvivalSummary";
import { survivalCaveat } from "@/lib/charts/compare";
import { quotedHer2PositiveShare } from "@/lib/charts/prevalence";
import { survivalViewRows } from "@/lib/charts/survival";
import { SURVIVAL_DEFAULTS } from "@/lib/charts/survival-state";
import { datasets } from "@/lib/datasets";
import { citationsFor } from "@/lib/datasets/citations";
import { formatPeriod } from "@/lib/datasets/dimensions";
import { HER2_POSITIVE_SUM_NOTE, her2PositiveShare, shareOfCases } from "@/lib/datasets/queries";
import type { PrevalenceRow } from "@/lib/datasets/schemas";
import { formatFigure } from "@/lib/format";
import { SUBTYPE_IDS, SUBTYPES } from "@/lib/subtypes";
import { subtypeColorVar } from "@/lib/theme";

export const metadata = pageMetadata("/");

const SHARE_COLUMNS: readonly TableColumn<PrevalenceRow>[] = [
  {
    header: "Subtype",
    cell: (row) => (
      <>
        {row.subtype && <span className="swatch" style={{ background: subtypeColorVar(row.subtype) }} aria-hidden="true" />}
        {row.subtype ? <SubtypeLink id={row.subtype} /> : ""} <span className="muted plain-name">{row.subtype ? SUBTYPES[row.subtype].plainName : ""}</span>
      </>
    ),
  },
  { header: "Share of new cases", numeric: true, cell: (row) => formatFigure(row) },
];

/**
 * The one-page story: how common HER2+ is, how outcomes compare, how testing works. Each question
 * is answered in a sentence with its figure first; why, caveats and sources are one click away.
 */
export default function HomePage() {
  const survival = survivalViewRows(datasets.survival, SURVIVAL_DEFAULTS);
  const shares = shareOfCases(datasets.prevalence);
  const shareCitations = citationsFor(shares, datasets.sources);
  const survivalCitations = citationsFor(survival, datasets.sources);
  const quoted = quotedHer2PositiveShare(datasets.prevalence);
  const quotedSource = datasets.sources.filter((source) => source.id === quoted?.row.sourceId);
  const her2Positive = her2PositiveShare(shares);
  const sharePeriod = formatPeriod(shares[0]?.period ?? "");

  return (
    <>
      <h1>HER2 Atlas</h1>
      <p className="lede">
        Breast cancers are grouped by two tests: <Term id="hormone-receptor">hormone receptors (HR)</Term> and the <Term id="her2">HER2 protein</Term>. This
        atlas shows how common each group is, how survival compares and how a HER2 test is read, each figure sourced.
      </p>

      <section aria-labelledby="share-heading">
        <h2 id="share-heading">1. How common is HER2-positive breast cancer?</h2>
        <p className="takeaway">
          In US registry data for {sharePeriod},{" "}
          <strong data-testid="her2-positive-share">{formatFigure({ value: her2Positive.value, unit: "percent" })}</strong> of all new breast cancers were{" "}
          <Term id="her2-positive">HER2-positive</Term>:{" "}
          {her2Positive.parts.map((row, i) => (
            <span key={row.id}>
              {i > 0 && " plus "}
              {row.subtype ? <SubtypeLink id={row.subtype} /> : ""} {formatFigure(row)}
            </span>
          ))}{" "}
          ({HER2_POSITIVE_SUM_NOTE}).
        </p>
        <div className="table-scroll share-table">
          <DataTable
            caption={<>Percent of all new cases by subtype, {sharePeriod}, unknown status included</>}
            columns={SHARE_COLUMNS}
            rows={shares}
            rowKey={(row) => row.id}
            rowProps={(row) => ({ className: row.subtype && SUBTYPES[row.subtype].her2 === "positive" ? "is-her2" : undefined })}
          />
        </div>
        <SourceNote citations={shareCitations} />
        {quoted && (
          <Disclosure title={`Why not “${quoted.rangeText}”, as is often said?`} testId="share-why">
            <QuotedShareExplainer rows={datasets.prevalence} sources={datasets.sources} />
          </Disclosure>
        )}
        <p>
          <a href="/prevalence">More on how common each subtype is, by age and race →</a>
        </p>
      </section>

      <section aria-labelledby="survival-heading">
        <h2 id="survival-heading">2. How do outcomes compare?</h2>
        <SurvivalSummary rows={survival} citations={survivalCitations} />
        <p>
          {survivalCaveat(survival, SUBTYPE_IDS)} <a href="/survival">Survival by stage, and compare two subtypes →</a>{" "}
          <a href="/outcomes" data-testid="home-outcomes-link">
            Outcomes for one woman →
          </a>
        </p>
      </section>

      <section aria-labelledby="testing-heading">
        <h2 id="testing-heading">3. How is HER2 tested?</h2>
        <p>
          A pathologist usually first stains the tumour for the HER2 protein (<Term id="ihc">IHC</Term>) and scores it 0, 1+, 2+ or 3+; a lab can also start
          with the gene test (<Term id="ish">ISH</Term>). A score of 3+ means HER2-positive; 0 or 1+ means <Term id="her2-negative">HER2-negative</Term>. A 2+
          result is <Term id="equivocal">borderline</Term>, so the lab then counts copies of the HER2 gene (ISH, such as FISH) to decide.
        </p>
        <p>
          <a href="/testing">Walk a test result through the ASCO/CAP decision flow →</a>
        </p>
      </section>

      <section aria-labelledby="caveats-heading">
        <Disclosure as="h2" titleId="caveats-heading" title="Reading these numbers" hint="what they can and cannot tell you" className="section">
          <ul>
            <li>They describe groups of people diagnosed years ago, not what will happen to any one person.</li>
            <li>
              Treatment has improved since these women were diagnosed, especially for HER2-positive cancer, so outcomes today are likely better than shown.
            </li>
            <li>Four-year and five-year figures are different measures from different years and are never mixed on one axis.</li>
          </ul>
        </Disclosure>
      </section>
      <PageSources citations={[...shareCitations, ...survivalCitations]} works={quotedSource} />
    </>
  );
}
