import type { SubtypeDefinition, Source } from "@/lib/datasets/schemas";
import type { TestingRoute } from "@/lib/subtype-page/testing";
import { SourceNote } from "./SourceNote";

type Definition = { text: string; sourceId: string };

/**
 * How testing finds the subtype: hormone receptors (ER, PR) and HER2, as data/subtypes.json defines
 * them, then the usual HER2 results that lead here, each opening /testing with that case entered.
 */
export function SubtypeTesting(props: { definition: SubtypeDefinition; hormoneReceptors: Definition; her2: Definition; subgroups: readonly Definition[]; routes: readonly TestingRoute[]; cited: readonly Source[] }) {
  const { definition, hormoneReceptors, her2, subgroups, routes, cited } = props;
  return (
    <section aria-labelledby="testing-heading">
      <h2 id="testing-heading">How testing finds it</h2>
      <p>Tests on the tumour tissue decide the subtype: one set for hormone receptors (ER and PR), one for HER2.</p>
      <dl className="subtype-facts">
        <dt>Hormone receptors (ER and PR)</dt>
        <dd>
          <strong>{definition.hormoneReceptors}</strong> for this subtype. {hormoneReceptors.text}
        </dd>
        <dt>HER2</dt>
        <dd>
          <strong>{definition.her2Status}</strong> for this subtype. {her2.text}
        </dd>
      </dl>
      <SourceNote sourceIds={[hormoneReceptors.sourceId, her2.sourceId]} cited={cited} />
      <h3>HER2 results that mean {definition.her2Status}</h3>
      <p>Each opens the testing page with that result entered, so you can follow its path (the ISH numbers are examples):</p>
      <ul className="testing-routes" data-testid="testing-routes">
        {routes.map((route) => (
          <li key={route.href}>
            <a href={route.href}>{route.caseText}</a> → <strong>{route.result}</strong>
            <span className="muted route-steps">{route.steps}</span>
          </li>
        ))}
      </ul>
      {subgroups.length > 0 && (
        <>
          {subgroups.map((subgroup) => (
            <p key={subgroup.text} className="muted">
              {subgroup.text}
            </p>
          ))}
          <SourceNote sourceIds={subgroups.map((subgroup) => subgroup.sourceId)} cited={cited} />
        </>
      )}
      <p>
        <a href="/testing">Follow any result through the ASCO/CAP testing flow →</a>
      </p>
    </section>
  );
}
