import { Term } from "@/components/glossary/Term";
import { type LinkMode, linkTarget } from "@/components/layout/link-mode";
import { raceName } from "@/lib/charts/prevalence";
import { prevalenceChartSearch, prevalenceImagePath } from "@/lib/charts/prevalence-state";
import { her2LowView } from "@/lib/charts/prevalence-views";
import type { Wording } from "@/lib/charts/wording";
import type { PrevalenceRow } from "@/lib/datasets/schemas";
import { IHC_CALL_CAUTION } from "@/lib/her2/ihc-caution";
import type { PrevalenceWordingChartProps } from "./chart-props";
import { PrevalenceBarFrame } from "./PrevalenceBarFrame";

/** HER2-low among HER2-negative cancers: cohort and FDA figures, with what HER2-low is and is not. */
export function Her2LowShare({ rows, sources, wording, tableOpen }: PrevalenceWordingChartProps) {
  const view = her2LowView(rows, { wording });
  return (
    <PrevalenceBarFrame
      id="her2-low"
      glossary={{ unit: ["her2-negative", "her2-low", "ihc", "ish"] }}
      view={view}
      labelHeaders={["Source", "Group"]}
      labelsFor={(row) => [row.registry, raceName(row)]}
      valueHeader="Share of HER2-negative"
      sources={sources}
      apiQuery="measure=her2-low-share-of-her2-negative"
      tableOpen={tableOpen}
      fold="closed"
      imagePath={prevalenceImagePath("her2-low", { wording })}
      embed={{ chart: "her2-low", search: prevalenceChartSearch("her2-low", { wording }) }}
      notes={<Her2LowNotes viewRows={view.viewRows} wording={wording} />}
    />
  );
}

/** What the two sources measure, and what HER2-low is and is not: one click away on the page, under the embed's chart. */
export function Her2LowNotes({
  viewRows,
  wording,
  links = "page",
  Heading = "h3",
}: {
  viewRows: readonly PrevalenceRow[];
  wording: Wording;
  links?: LinkMode;
  /** Under a chart's h2 on the page; in an embed, under its h1. */
  Heading?: "h2" | "h3";
}) {
  const populations = [...new Map(viewRows.map((row) => [row.registry, row.population])).entries()];
  return (
    <>
      <p className="chart-note">
        The two sources measure different things: one counts tumours in a national hospital-based cancer database, the other is the FDA’s rounded estimate, so
        the gap between them is not a change over time.
      </p>
      {wording === "details" && (
        <ul className="chart-note">
          {populations.map(([registry, population]) => (
            <li key={registry}>
              {registry}: {population}.
            </li>
          ))}
        </ul>
      )}
      <aside className="callout" aria-labelledby="her2-low-what-heading" data-testid="her2-low-note">
        <Heading id="her2-low-what-heading">What “HER2-low” is — and is not</Heading>
        <p>
          HER2-low is a sub-group of HER2-negative cancers that trials and{" "}
          <Term id="drug-label" links={links}>
            drug labels
          </Term>{" "}
          use to decide who can receive some newer treatments. It is not a result category in the{" "}
          <Term id="asco-cap" links={links}>
            ASCO–CAP testing guideline
          </Term>
          , which in 2023 called it premature to create new categories.
        </p>
        <p>
          US cancer registries (SEER) do not record whether a HER2-negative tumour scored IHC 0 or 1+, so these shares come from a hospital cohort and an FDA
          estimate, not from SEER. {/* her2-data.md §6 caveat 12: the categories depend on scoring at the IHC 0/1+ boundary. */}
          {IHC_CALL_CAUTION.zeroOrOne.plain} A HER2-low share therefore depends on how the tumours were scored. There is no population-based figure yet for{" "}
          <Term id="her2-ultralow" links={links}>
            HER2-ultralow
          </Term>
          .{" "}
          <a href="/subtypes#her2-low" {...linkTarget(links)}>
            Definitions of HER2-low and HER2-ultralow
          </a>
          .
        </p>
      </aside>
    </>
  );
}
