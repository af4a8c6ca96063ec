import { BarChart } from "@/components/charts/BarChart";
import { PaletteStyle } from "@/components/charts/PaletteStyle";
import { FlowColors } from "@/components/flow/FlowColors";
import { FlowLegend } from "@/components/flow/FlowLegend";
import { FlowPicture } from "@/components/flow/FlowPicture";
import { FLOW_LAYOUTS } from "@/components/flow/flow-layouts";
import { outcomesEmbedContent } from "@/components/outcomes/outcomes-embed";
import { SubtypeMatrix } from "@/components/subtypes/SubtypeMatrix";
import { CompareFigure } from "@/components/survival/CompareFigure";
import { ApprovalTimeline } from "@/components/treatments/ApprovalTimeline";
import { TimelineKey } from "@/components/treatments/TimelineKey";
import { TimelineLag } from "@/components/treatments/TimelineLag";
import { TrialChart } from "@/components/trials/TrialChart";
import { outcomesSearch, outcomesStateNotices, parseOutcomesState, shownPatient } from "@/lib/charts/outcomes-state";
import { parsePrevalenceState, prevalenceSearch } from "@/lib/charts/prevalence-state";
import { shareView } from "@/lib/charts/prevalence-views";
import { approvalDatesLine } from "@/lib/charts/registry-content";
import { survivalBars, survivalTakeaway, survivalViewRows } from "@/lib/charts/survival";
import { parseSurvivalState, survivalSearch } from "@/lib/charts/survival-state";
import { approvalsShown, survivalBands, TIMELINE_TITLE, timelineTakeaway } from "@/lib/charts/therapies";
import { parseTreatmentsState, treatmentsSearch } from "@/lib/charts/therapies-state";
import { populationColorCss } from "@/lib/charts/therapy-style";
import { parseTrialState, trialSearch } from "@/lib/charts/trial-state";
import { trialSourceLine, trialView } from "@/lib/charts/trial-view";
import type { SearchParams } from "@/lib/charts/url-state";
import { datasets } from "@/lib/datasets";
import { citationsFor } from "@/lib/datasets/citations";
import { shareOfCases, shownSurvival } from "@/lib/datasets/queries";
import { EMBEDDABLE_CHARTS, type EmbeddableChart, parseNoSettings } from "@/lib/embed";
import { caseSearch, draftFromSearchParams, viewDraft } from "@/lib/her2/case-draft";
import { flowTakeaway } from "@/lib/her2/headline";
import { flowSourceLine } from "@/lib/her2/text";
import { cautionSentences } from "@/lib/predict/fields";
import { knownAnalysis } from "@/lib/trials/analysis";
import { ENDPOINT_IDS } from "@/lib/trials/data";
import { embed, type ResolvedEmbed } from "./embed-entry";
import { PREVALENCE_EMBEDS } from "./prevalence-embeds";

export const EMBEDS: Record<EmbeddableChart, (params: SearchParams) => ResolvedEmbed> = {
  ...PREVALENCE_EMBEDS,
  survival: embed("survival", {
    parse: parseSurvivalState,
    explore: survivalSearch,
    render: (state) => {
      const rows = survivalViewRows(datasets.survival, state);
      const takeaway = survivalTakeaway(rows, state.measure);
      const { title } = EMBEDDABLE_CHARTS.survival;
      return {
        takeaway,
        citations: citationsFor(rows, datasets.sources),
        chart: <BarChart title={title} summary={takeaway} data={survivalBars(rows, state.wording)} domainMax={100} tickSuffix="%" />,
      };
    },
  }),
  compare: embed("compare", {
    parse: parseSurvivalState,
    explore: survivalSearch,
    render: ({ compare }) => {
      const rows = datasets.survival.filter(
        (row) => compare.includes(row.subtype as (typeof compare)[number]) && row.stage === "all" && row.measure === "four-year-cause-specific",
      );
      return {
        takeaway: "Out of 100 people, four years after diagnosis.",
        citations: citationsFor(rows, datasets.sources),
        chart: <CompareFigure rows={datasets.survival} pair={compare} cardHeading="h2" links="new-tab" />,
      };
    },
  }),
  prevalence: embed("prevalence", {
    parse: parsePrevalenceState,
    explore: prevalenceSearch,
    render: (state) => {
      // The same view function as the page's first chart and its image, in the link's wording.
      const view = shareView(datasets.prevalence, state);
      return {
        takeaway: view.takeaway,
        citations: citationsFor(view.viewRows, datasets.sources),
        chart: (
          <BarChart
            title={EMBEDDABLE_CHARTS.prevalence.title}
            summary={view.takeaway}
            data={view.bars}
            domainMax={view.domainMax}
            tickSuffix={view.tickSuffix}
          />
        ),
      };
    },
  }),
  subtypes: embed("subtypes", {
    // /subtypes has no settings, so every parameter in the link is reported rather than silently dropped.
    parse: parseNoSettings,
    explore: () => "",
    render: () => ({
      takeaway: "Hormone-receptor (HR) status and HER2 status together define four subtypes.",
      citations: [],
      chart: <SubtypeMatrix shares={shareOfCases(datasets.prevalence)} definitions={datasets.subtypes.subtypes} sources={datasets.sources} links="new-tab" />,
    }),
  }),
  testing: embed("testing", {
    parse: (params) => {
      const { draft, notice } = draftFromSearchParams(params);
      return { state: viewDraft(draft), notices: notice === null ? [] : [notice] };
    },
    explore: ({ fields }) => caseSearch(fields),
    render: ({ outcome, path }) => {
      const classification = outcome.kind === "classified" ? outcome.classification : null;
      return {
        takeaway: flowTakeaway(classification),
        citations: [],
        chart: (
          <>
            <FlowColors />
            <FlowLegend />
            {FLOW_LAYOUTS.map((layout) => (
              <FlowPicture key={layout.orientation} layout={layout} path={path} />
            ))}
            <p className="source-line">Source: {flowSourceLine(datasets.sources)}</p>
          </>
        ),
      };
    },
  }),
  trials: embed("trials", {
    parse: (params) => parseTrialState(params, ENDPOINT_IDS),
    explore: trialSearch,
    render: ({ endpoint }) => {
      const analysis = knownAnalysis(endpoint);
      const view = trialView(analysis);
      // As on the page: the reader's sentence answers first, under the trial and endpoint (the embed's title), then the chart and the hazard ratio.
      return {
        takeaway: view.reader,
        citations: [],
        chart: (
          <>
            <TrialChart view={view} />
            <p className="reader-sentence">{view.takeaway}</p>
            <p className="source-line">Source: {trialSourceLine(analysis, datasets.sources)}</p>
          </>
        ),
      };
    },
  }),
  treatments: embed("treatments", {
    parse: parseTreatmentsState,
    explore: treatmentsSearch,
    render: (state) => {
      const approvals = approvalsShown(datasets.therapies, state);
      const shown = shownSurvival(datasets.survival);
      const bands = survivalBands(shown);
      const takeaway = timelineTakeaway(approvals, bands);
      const approvalDates = approvalDatesLine(approvals);
      return {
        takeaway,
        citations: citationsFor(shown, datasets.sources),
        chart: (
          <>
            <PaletteStyle href="population-colors" css={populationColorCss()} />
            <ApprovalTimeline title={TIMELINE_TITLE} summary={takeaway} approvals={approvals} classes={state.classes} bands={bands} wording={state.wording} />
            <TimelineKey approvals={approvals} populations />
            <TimelineLag />
            {approvalDates && <p className="source-line">{approvalDates} Each is cited in full on the treatments page.</p>}
          </>
        ),
      };
    },
  }),
  outcomes: embed("outcomes", {
    // The page's own reader; the page shows a wrong input beside its field, the embed (no form) as a notice.
    parse: (params) => {
      const { state, notices } = parseOutcomesState(params);
      // A valid patient's cautions (a heart dose above the checked ones) go with the result, as on the page.
      const cautions = state.kind === "valid" ? cautionSentences(state.input) : [];
      return { state, notices: [...notices, ...outcomesStateNotices(state), ...cautions] };
    },
    // The patient shown (the example, when the link gives none), so the page opens on the same result.
    explore: (state) => outcomesSearch(shownPatient(state) ?? ("values" in state ? state.values : {})),
    render: outcomesEmbedContent,
  }),
};
