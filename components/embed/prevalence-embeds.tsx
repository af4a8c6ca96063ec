import type { ReactNode } from "react";
import { BarChart } from "@/components/charts/BarChart";
import { GlossaryLink } from "@/components/glossary/GlossaryLink";
import { AgeRateChart } from "@/components/prevalence/AgeRateChart";
import { AgeNotes, Her2LowNotes, IncidenceNote, type NotesPlace, RaceNotes, RaceNotices } from "@/components/prevalence/notes";
import { type PrevalenceChart, type PrevalenceViewState, parsePrevalenceState, prevalenceChartSearch } from "@/lib/charts/prevalence-state";
import { ageView, her2LowView, incidenceView, medianAgeView, type PrevalenceBarView, raceView } from "@/lib/charts/prevalence-views";
import { datasets } from "@/lib/datasets";
import { citationsFor } from "@/lib/datasets/citations";
import type { PrevalenceRow } from "@/lib/datasets/schemas";
import type { EmbeddableChart } from "@/lib/embed";
import { embed } from "./embed-entry";

/** Notes in an embed: terms link to the glossary in a new tab (no definition script), callouts under the embed's h1. */
const IN_EMBED: NotesPlace = { Term: GlossaryLink, links: "new-tab", Heading: "h2" };

/** A prevalence chart's embed: the page's parser, the settings this chart reads for its link back, what it draws. */
function prevalenceEmbed(
  chart: PrevalenceChart & EmbeddableChart,
  render: (state: PrevalenceViewState) => { view: { takeaway: string; viewRows: readonly PrevalenceRow[] }; figure: ReactNode },
) {
  return embed(chart, {
    parse: parsePrevalenceState,
    explore: (state) => prevalenceChartSearch(chart, state),
    render: (state) => {
      const { view, figure } = render(state);
      return { takeaway: view.takeaway, citations: citationsFor(view.viewRows, datasets.sources), chart: figure };
    },
  });
}

/** The page's bar chart for a view, then what the page says under it or one click away. */
function bars(view: PrevalenceBarView, notes: ReactNode = null) {
  return {
    view,
    figure: (
      <>
        <BarChart title={view.title} summary={view.takeaway} data={view.bars} domainMax={view.domainMax} tickSuffix={view.tickSuffix} />
        {notes}
      </>
    ),
  };
}

export const PREVALENCE_EMBEDS = {
  "incidence-by-subtype": prevalenceEmbed("incidence-by-subtype", (state) => bars(incidenceView(datasets.prevalence, state), <IncidenceNote />)),
  "incidence-by-race": prevalenceEmbed("incidence-by-race", (state) => {
    const view = raceView(datasets.prevalence, state);
    return bars(
      view,
      <>
        <RaceNotices viewRows={view.viewRows} raceFigures={state.raceFigures} />
        <RaceNotes raceFigures={state.raceFigures} />
      </>,
    );
  }),
  "incidence-by-age": prevalenceEmbed("incidence-by-age", (state) => {
    const view = ageView(datasets.prevalence, state);
    return {
      view,
      figure: (
        <>
          <AgeRateChart view={view} />
          <AgeNotes sources={datasets.sources} place={IN_EMBED} />
        </>
      ),
    };
  }),
  "her2-low": prevalenceEmbed("her2-low", (state) => {
    const view = her2LowView(datasets.prevalence, state);
    return bars(view, <Her2LowNotes viewRows={view.viewRows} wording={state.wording} place={IN_EMBED} />);
  }),
  "median-age": prevalenceEmbed("median-age", (state) => bars(medianAgeView(datasets.prevalence, state))),
};
