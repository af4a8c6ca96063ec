import { GlossedText, TermOnce } from "@/components/glossary/GlossedText";
import { Term } from "@/components/glossary/Term";
import { DetailsSection } from "@/components/layout/DetailsSection";
import { DefinitionSource } from "@/components/subtypes/DefinitionSource";
import type { Source } from "@/lib/datasets/schemas";
import type { GlossaryId } from "@/lib/glossary/phrases";
import { AJCC_STAGE_TEXT, SEER_STAGE_QUOTES, TWO_STAGE_SYSTEMS } from "@/lib/glossary/stages";

/**
 * The two stage systems behind the survival figures, what each says and how they do and do not
 * line up, in the words the glossary defines its stage entries with (lib/glossary/stages). A term
 * the page linked before this block (`linkedAbove`) is not linked again.
 * Definitions come after the answer: folded, and open in the "details" wording.
 */
export function StagesExplained({ sources, linkedAbove = [] }: { sources: readonly Source[]; linkedAbove?: readonly GlossaryId[] }) {
  return (
    <DetailsSection headingId="stages-heading" className="stages-explained" title="What “stage” means here" hint="localized, regional, distant and stages I–IV">
      <p>
        <GlossedText text={TWO_STAGE_SYSTEMS} terms={[{ id: "stage", phrase: "staging systems" }]} />
      </p>

      <h3 id="stages-ajcc">Stages I to IV: what patients usually hear</h3>
      <p>
        Doctors usually describe breast cancer with the <Term id="stage-i-iv">AJCC stages, I to IV</Term>. The four-year figures (Howlader et al., diagnosed
        2010–2013) use AJCC stage; of its stage figures, only the two for{" "}
        <TermOnce id="de-novo-stage-iv" linkedAbove={linkedAbove}>
          de novo stage IV
        </TermOnce>{" "}
        were found, so this atlas shows no stage I–III four-year figures.
      </p>
      <dl className="definitions">
        <dt>Stage IV</dt>
        <dd>
          <GlossedText text={AJCC_STAGE_TEXT.stageIv} terms={linkedAbove.includes("metastatic") ? [] : ["metastatic"]} />
        </dd>
        <dt>Stages I, II and III</dt>
        <dd>{AJCC_STAGE_TEXT.stagesOneToThree}</dd>
        <dt>De novo stage IV</dt>
        <dd>{AJCC_STAGE_TEXT.deNovo} Howlader et al. report four-year survival for this group.</dd>
      </dl>
      <DefinitionSource sourceId="howlader-2018-cebp" sources={sources} />

      <h3 id="stages-seer">Localized, regional and distant: what the data uses</h3>
      <p>
        The five-year figures by stage (<Term id="seer">SEER</Term>, diagnosed 2013–2019) use the registry’s own system,{" "}
        <Term id="seer-summary-stage">SEER Combined Summary Stage</Term>, not AJCC stages I–IV. The National Cancer Institute defines its three groups as:
      </p>
      <dl className="definitions" data-testid="seer-stage-definitions">
        <dt>Localized</dt>
        <dd>“{SEER_STAGE_QUOTES.localized}”</dd>
        <dt>Regional</dt>
        <dd>“{SEER_STAGE_QUOTES.regional}”</dd>
        <dt>Distant</dt>
        <dd>“{SEER_STAGE_QUOTES.distant}”</dd>
      </dl>
      <DefinitionSource sourceId="seer-statfacts-subtypes-2023" sources={sources} />

      <h3 id="stages-relate">How the two relate, and where they do not</h3>
      <ul data-testid="stage-relations">
        <li>
          <strong>Distant and stage IV</strong> both mean the cancer has spread to distant parts of the body, which is why NCI says distant is sometimes called
          stage 4. But the SEER figures record the stage at diagnosis, so <strong>distant</strong> there counts de novo metastatic cancer only: not cancer that
          spreads or comes back later.
        </li>
        <li>
          <strong>Regional is not stage II–III.</strong> Regional means spread to nearby lymph nodes or organs; stages II and III follow the AJCC rules. Do not
          read the regional figures as figures for stage II or stage III.
        </li>
        <li>
          <strong>None of the three SEER groups is an AJCC stage</strong>, so localized is not a stand-in for stage I either.
        </li>
        <li>
          The four-year de novo stage IV figures and the five-year distant figures describe similar patients, but in different systems, by different measures
          and for different years: they are shown apart, never on one axis.
        </li>
      </ul>
    </DetailsSection>
  );
}
