import type { Metadata } from "next";
import { oembedAlternates } from "@/app/oembed-discovery";
import { pageMetadata } from "@/app/page-metadata";
import { GlossedText } from "@/components/glossary/GlossedText";
import { Term } from "@/components/glossary/Term";
import { DefinitionSource } from "@/components/subtypes/DefinitionSource";
import { Her2LowDefinitions } from "@/components/subtypes/Her2LowDefinitions";
import { HowStatusCombines } from "@/components/subtypes/HowStatusCombines";
import { SubtypeCards } from "@/components/subtypes/SubtypeCards";
import { SubtypeMatrixFrame } from "@/components/subtypes/SubtypeMatrixFrame";
import { SubtypePageLinks } from "@/components/subtypes/SubtypePageLinks";
import { datasets } from "@/lib/datasets";
import { fourYearSurvival, shareOfCases } from "@/lib/datasets/queries";
import "./subtype-page.css";

export const metadata: Metadata = pageMetadata("/subtypes", { extra: { alternates: oembedAlternates("/subtypes") } });

/** A static page: every definition is in data/subtypes.json and rendered on the server; each subtype links to its own page. */
export default function SubtypesPage() {
  const { subtypes, definitions } = datasets.subtypes;
  const sources = datasets.sources;
  const required = (key: string) => {
    const definition = definitions[key];
    if (!definition) throw new Error(`data/subtypes.json has no "${key}" definition`);
    return definition;
  };
  const intrinsic = required("intrinsicSubtypes");
  const registryStart = required("registryStart");
  const shares = shareOfCases(datasets.prevalence);

  return (
    <>
      <h1>The four subtypes</h1>
      <p className="lede">
        Breast cancers are grouped by two questions: does the tumour have <Term id="hormone-receptor">hormone receptors (HR)</Term>, and does it make too much
        of the <Term id="her2">HER2 protein</Term>? Two answers to each give four <Term id="subtype">subtypes</Term>.
      </p>
      <SubtypePageLinks fourYear={fourYearSurvival(datasets.survival)} sources={sources} />
      <SubtypeMatrixFrame shares={shares} definitions={subtypes} sources={sources} />
      <HowStatusCombines hormoneReceptorPositive={required("hormoneReceptorPositive")} her2Positive={required("her2Positive")} sources={sources} />
      <section aria-labelledby="each-subtype-heading">
        <h2 id="each-subtype-heading">Each subtype</h2>
        <SubtypeCards definitions={subtypes} sources={sources} />
        <aside className="callout" data-testid="intrinsic-note">
          <p>
            <strong>About names like “Luminal A”.</strong> <GlossedText text={intrinsic.text} terms={["seer"]} />
          </p>
          <DefinitionSource sourceId={intrinsic.sourceId} sources={sources} />
        </aside>
        <div className="chart-note">
          <p>{registryStart.text}</p>
          <DefinitionSource sourceId={registryStart.sourceId} sources={sources} />
        </div>
      </section>
      <Her2LowDefinitions
        her2Low={required("her2Low")}
        her2Ultralow={required("her2Ultralow")}
        approval={required("her2LowUltralowApproval")}
        premature={required("newCategoriesPremature")}
        sources={sources}
      />
    </>
  );
}
