/**
 * What each prevalence chart says besides its bars: notes one click away on the page, and notices
 * under the chart; an embed draws the same under its chart. Free of the page's frame and of its
 * client scripts, so an embed carries only what it shows: where they are drawn (`NotesPlace`) says
 * how a term links, where links open and the callouts' heading level.
 */
import type { ComponentType, ReactNode } from "react";
import { type LinkMode, linkTarget } from "@/components/layout/link-mode";
import type { RaceFigures } from "@/lib/charts/prevalence-state";
import { RACE_ABBREVIATIONS } from "@/lib/charts/race-style";
import type { Wording } from "@/lib/charts/wording";
import { formatPeriod } from "@/lib/datasets/dimensions";
import type { PrevalenceRow, Source } from "@/lib/datasets/schemas";
import type { GlossaryId } from "@/lib/glossary/phrases";
import { IHC_CALL_CAUTION } from "@/lib/her2/ihc-caution";
import { SUBTYPES } from "@/lib/subtypes";

/** Where notes are drawn: the page (terms open in place, links in place, callouts under the chart's h2) or an embed. */
export interface NotesPlace {
  Term: ComponentType<{ id: GlossaryId; children: ReactNode }>;
  links: LinkMode;
  Heading: "h2" | "h3";
}

/** How to read the two editions' rates: on the page, one click away; in the embed, under the chart. */
export function IncidenceNote() {
  return (
    <p className="chart-note">
      The two editions overlap in four of their five years, so the difference between them is not a trend. Both include 2020, when diagnoses fell because of the
      COVID-19 pandemic. Each rate is age-adjusted and rounded on its own, so the subtypes’ rates do not add up exactly to the rate for all breast cancers.
    </p>
  );
}

/** The groups' abbreviations and, for the HR+/HER2+ figures, their two caveats: one click away on the page, under the embed's chart. */
export function RaceNotes({ raceFigures }: { raceFigures: RaceFigures }) {
  return (
    <>
      <p className="chart-note">{RACE_ABBREVIATIONS}</p>
      {raceFigures === "hr-pos-her2-pos" && (
        <p className="chart-note">
          American Indian/Alaska Native rates include only cases in Purchased/Referred Care Delivery Areas, and their confidence interval is wide. Hispanic
          ethnicity is assigned by the NAACCR algorithm.
        </p>
      )}
    </>
  );
}

/** What must be read with the figures shown, under the chart: a missing all-races bar, or rates not comparable with the rest. */
export function RaceNotices({ viewRows, raceFigures }: { viewRows: readonly PrevalenceRow[]; raceFigures: RaceFigures }) {
  const years = formatPeriod(viewRows[0]?.period ?? "");
  const withoutAllRaces = [...new Set(viewRows.map((row) => row.subtype))].filter(
    (subtype) => !viewRows.some((row) => row.subtype === subtype && row.race === "all"),
  );
  return (
    <>
      {withoutAllRaces.length > 0 && (
        <p className="chart-note" data-testid="no-all-races">
          The source files we hold give no all-races rate for {withoutAllRaces.map((subtype) => (subtype ? SUBTYPES[subtype].label : "")).join(" or ")} in{" "}
          {years}, so there is no “All races” bar for it.
        </p>
      )}
      {raceFigures === "triple-negative" && (
        <p className="notice" data-testid="ages-20-notice">
          These rates come from a different study (Du and Li, SEER 18) and count only women aged 20 and over, so they are higher than all-ages rates. Do not
          compare them with the other rates on this page. The groups are named as the study names them.
        </p>
      )}
    </>
  );
}

/** What the rates are, and why they are not shares: one click away on the page, under the embed's chart. */
export function AgeNotes({ sources, place }: { sources: readonly Source[]; place: NotesPlace }) {
  return (
    <>
      <p className="chart-note">{RACE_ABBREVIATIONS} Delay-adjusted age-specific rates. SEER gives these by race and ethnicity only, with no all-races line.</p>
      <RateIsNotShare sources={sources} place={place} />
    </>
  );
}

/** Why "more common in young women" is about the share of their cancers, not the rate: the chart's one caveat. */
function RateIsNotShare({ sources, place: { Term, links, Heading } }: { sources: readonly Source[]; place: NotesPlace }) {
  return (
    <aside className="callout" aria-labelledby="rate-share-heading" data-testid="rate-vs-share">
      <Heading id="rate-share-heading">Rate is not share</Heading>
      <p>
        This chart shows <strong>rates</strong>: how many women in each age group are diagnosed. HER2-positive rates are low in young women and rise with age.
        What is higher in women under 40 is the HER2-positive <strong>share</strong> of their cancers: women aged 15–39 had higher proportions of HR+/HER2+,
        HR−/HER2+ and <Term id="triple-negative">triple-negative</Term> cancers than older women (
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

/** What the two sources measure, and what HER2-low is and is not: one click away on the page, under the embed's chart. */
export function Her2LowNotes({
  viewRows,
  wording,
  place: { Term, links, Heading },
}: {
  viewRows: readonly PrevalenceRow[];
  wording: Wording;
  place: NotesPlace;
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
          HER2-low is a sub-group of HER2-negative cancers that trials and <Term id="drug-label">drug labels</Term> use to decide who can receive some newer
          treatments. It is not a result category in the <Term id="asco-cap">ASCO–CAP testing guideline</Term>, which in 2023 called it premature to create new
          categories.
        </p>
        <p>
          US cancer registries (SEER) do not record whether a HER2-negative tumour scored IHC 0 or 1+, so these shares come from a hospital cohort and an FDA
          estimate, not from SEER. {/* her2-data.md §6 caveat 12: the categories depend on scoring at the IHC 0/1+ boundary. */}
          {IHC_CALL_CAUTION.zeroOrOne.plain} A HER2-low share therefore depends on how the tumours were scored. There is no population-based figure yet for{" "}
          <Term id="her2-ultralow">HER2-ultralow</Term>.{" "}
          <a href="/subtypes#her2-low" {...linkTarget(links)}>
            Definitions of HER2-low and HER2-ultralow
          </a>
          .
        </p>
      </aside>
    </>
  );
}
