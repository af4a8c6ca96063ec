import { WordingDisclosure } from "@/components/layout/WordingContext";
import { DefinitionSource } from "@/components/subtypes/DefinitionSource";
import type { Source } from "@/lib/datasets/schemas";

/**
 * The two stage systems behind the survival figures, what each says and how they do and do not
 * line up. Strictly what the sources support (her2-data.md §3 for NCI's SEER stage definitions, §2
 * and §6 caveat 2 for AJCC stage and "de novo"): the AJCC rules themselves are not restated.
 * Definitions come after the answer: folded, and open in the "details" wording.
 */
export function StagesExplained({ sources }: { sources: readonly Source[] }) {
  return (
    <section aria-labelledby="stages-heading" className="stages-explained">
      <WordingDisclosure as="h2" titleId="stages-heading" title="What “stage” means here" hint="localized, regional, distant and stages I–IV" className="section">
        <p>
          Two different staging systems appear in these figures. They sound alike but group cancers by different rules, so a figure for one
          cannot be read as a figure for the other.
        </p>

        <h3 id="stages-ajcc">Stages I to IV: what patients usually hear</h3>
        <p>
          Doctors usually describe breast cancer with the AJCC stages, I to IV. The four-year figures (Howlader et al., diagnosed 2010–2013)
          use AJCC stage; of its stage figures, only the two for de novo stage IV were found, so this atlas shows no stage I–III four-year
          figures.
        </p>
        <dl className="definitions">
          <dt>Stage IV</dt>
          <dd>The cancer has spread (metastasized) to distant parts of the body: metastatic breast cancer.</dd>
          <dt>Stages I, II and III</dt>
          <dd>
            The earlier stages, before the cancer has spread to distant parts of the body. Which of the three a cancer is follows the AJCC
            staging rules, which are set out in the AJCC system itself and are not restated here.
          </dd>
          <dt>De novo stage IV</dt>
          <dd>
            Stage IV at the time of first diagnosis (“de novo”: from the start), as opposed to cancer that spreads or comes back after an
            earlier diagnosis. Howlader et al. report four-year survival for this group.
          </dd>
        </dl>
        <DefinitionSource sourceId="howlader-2018-cebp" sources={sources} />

        <h3 id="stages-seer">Localized, regional and distant: what the data uses</h3>
        <p>
          The five-year figures by stage (SEER, diagnosed 2013–2019) use the registry’s own system, SEER Combined Summary Stage, not AJCC stages I–IV.
          The National Cancer Institute defines its three groups as:
        </p>
        <dl className="definitions" data-testid="seer-stage-definitions">
          <dt>Localized</dt>
          <dd>“found only in the breast tissue and has not spread to nearby lymph nodes or other parts of the body”</dd>
          <dt>Regional</dt>
          <dd>“spread beyond the breast tissue to nearby lymph nodes or organs”</dd>
          <dt>Distant</dt>
          <dd>“spread, or metastasized … sometimes referred to as stage 4 or metastatic breast cancer”</dd>
        </dl>
        <DefinitionSource sourceId="seer-statfacts-subtypes-2023" sources={sources} />

        <h3 id="stages-relate">How the two relate, and where they do not</h3>
        <ul data-testid="stage-relations">
          <li>
            <strong>Distant and stage IV</strong> both mean the cancer has spread to distant parts of the body, which is why NCI says distant
            is sometimes called stage 4. But the SEER figures record the stage at diagnosis, so <strong>distant</strong> there counts de novo
            metastatic cancer only: not cancer that spreads or comes back later.
          </li>
          <li>
            <strong>Regional is not stage II–III.</strong> Regional means spread to nearby lymph nodes or organs; stages II and III follow the
            AJCC rules. Do not read the regional figures as figures for stage II or stage III.
          </li>
          <li>
            <strong>None of the three SEER groups is an AJCC stage</strong>, so localized is not a stand-in for stage I either.
          </li>
          <li>
            The four-year de novo stage IV figures and the five-year distant figures describe similar patients, but in different systems, by
            different measures and for different years: they are shown apart, never on one axis.
          </li>
        </ul>
      </WordingDisclosure>
    </section>
  );
}
