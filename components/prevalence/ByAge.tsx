import { ChartFrame } from "@/components/chart/ChartFrame";
import { DotLineChart } from "@/components/charts/DotLineChart";
import { GlossedText } from "@/components/glossary/GlossedText";
import { Term } from "@/components/glossary/Term";
import { type LinkMode, linkTarget } from "@/components/layout/link-mode";
import { foldFor, prevalenceChartSearch, prevalenceImagePath } from "@/lib/charts/prevalence-state";
import { ageView, type PrevalenceDotLineView } from "@/lib/charts/prevalence-views";
import { RACE_ABBREVIATIONS, SEER_RACE_IDS } from "@/lib/charts/race-style";
import { citationsFor } from "@/lib/datasets/citations";
import type { Source } from "@/lib/datasets/schemas";
import { AgeRateTable } from "./AgeRateTable";
import type { PrevalenceStateChartProps } from "./chart-props";
import { RaceChoice } from "./PrevalenceControls";

/** HR+/HER2+ age-specific rates by race: rates rise with age, which is not the same as the HER2+ share. */
export function ByAge({ rows, sources, state, tableOpen }: PrevalenceStateChartProps) {
  const view = ageView(rows, { races: state.races, wording: state.wording });
  const { title, takeaway, viewRows } = view;

  return (
    <ChartFrame
      id="by-age"
      title={title}
      takeaway={takeaway}
      controls={<RaceChoice />}
      table={<AgeRateTable caption={title} viewRows={viewRows} />}
      citations={citationsFor(viewRows, sources)}
      // The download holds the groups the chart draws (all of them: no race filter).
      apiPath={`/api/prevalence?measure=incidence-rate&by=age&subtype=hr-pos-her2-pos${state.races.length < SEER_RACE_IDS.length ? `&race=${state.races.join(",")}` : ""}`}
      tableOpen={tableOpen}
      fold={foldFor(state, "races")}
      citeInPage
      renderDefinition={(definition) => <GlossedText text={definition} terms={["delay-adjusted"]} />}
      imagePath={prevalenceImagePath("incidence-by-age", state)}
      embed={{ chart: "incidence-by-age", search: prevalenceChartSearch("incidence-by-age", state) }}
      notes={<AgeNotes sources={sources} />}
    >
      <AgeRateChart view={view} />
    </ChartFrame>
  );
}

/** The rates by age, one line per group, explored along each line by keyboard: on the page and in its embed. */
export function AgeRateChart({ view }: { view: PrevalenceDotLineView }) {
  const { title, takeaway, series, categories, domainMax, yLabel, xLabel, missingLabel } = view;
  return (
    <DotLineChart
      title={title}
      summary={`${takeaway} Use the arrow keys to move along each group's line, one age group at a time.`}
      series={series}
      categories={categories}
      domainMax={domainMax}
      yLabel={yLabel}
      xLabel={xLabel}
      missingLabel={missingLabel}
    />
  );
}

/** What the rates are, and why they are not shares: one click away on the page, under the embed's chart. */
export function AgeNotes({ sources, links = "page", Heading = "h3" }: { sources: readonly Source[]; links?: LinkMode; Heading?: "h2" | "h3" }) {
  return (
    <>
      <p className="chart-note">{RACE_ABBREVIATIONS} Delay-adjusted age-specific rates. SEER gives these by race and ethnicity only, with no all-races line.</p>
      <RateIsNotShare sources={sources} links={links} Heading={Heading} />
    </>
  );
}

/** Why "more common in young women" is about the share of their cancers, not the rate: the chart's one caveat. */
function RateIsNotShare({ sources, links, Heading }: { sources: readonly Source[]; links: LinkMode; Heading: "h2" | "h3" }) {
  return (
    <aside className="callout" aria-labelledby="rate-share-heading" data-testid="rate-vs-share">
      <Heading id="rate-share-heading">Rate is not share</Heading>
      <p>
        This chart shows <strong>rates</strong>: how many women in each age group are diagnosed. HER2-positive rates are low in young women and rise with age.
        What is higher in women under 40 is the HER2-positive <strong>share</strong> of their cancers: women aged 15–39 had higher proportions of HR+/HER2+,
        HR−/HER2+ and{" "}
        <Term id="triple-negative" links={links}>
          triple-negative
        </Term>{" "}
        cancers than older women (
        <SourceLink source={sources.find((s) => s.id === "keegan-2012-bcr")} text="Keegan et al., 2012" links={links} />; California, 2005–2009). Across all
        ages, women with those three subtypes were 10% to 30% less likely than women with HR+/HER2− cancer to be diagnosed at older ages (
        <SourceLink source={sources.find((s) => s.id === "howlader-2014-jnci")} text="Howlader et al., 2014" links={links} />
        ). So “more common in young women” is about the share, not the number of cases.
      </p>
    </aside>
  );
}

/** A short in-text citation, linked where the source has an address. */
function SourceLink({ source, text, links }: { source: Source | undefined; text: string; links: LinkMode }) {
  return source?.url ? (
    <a href={source.url} {...linkTarget(links)}>
      {text}
    </a>
  ) : (
    text
  );
}
