import { Disclosure } from "@/components/layout/Disclosure";
import { sourceFor } from "@/lib/datasets";
import type { GlossaryEntry as Entry } from "@/lib/glossary/entries";

/** A page that uses the term: its address and its name in the site's navigation. */
export interface UsedOnLink {
  href: string;
  label: string;
}

/**
 * One glossary entry: its anchor, the term, its other names and the plain definition; the precise
 * definition, its sources and the pages that use the term one click away, so 58 entries stay a page a
 * phone can scroll (a link to the entry lands on the plain words, in every browser).
 */
export function GlossaryEntry({ entry, usedOn }: { entry: Entry; usedOn: readonly UsedOnLink[] }) {
  const headingId = `${entry.id}-term`;
  const sources = entry.precise.sources.map(sourceFor);
  return (
    <article className="glossary-entry" id={entry.id} aria-labelledby={headingId} data-testid="glossary-entry">
      <h3 id={headingId}>{entry.term}</h3>
      {entry.aliases.length > 0 && <p className="glossary-aliases">Also called: {entry.aliases.join(" · ")}</p>}
      <p className="glossary-plain" data-testid="glossary-plain">
        {entry.plain}
      </p>
      <Disclosure
        title="Precisely"
        hint={sources.length > 0 ? "with its sources and the pages that use it" : "and the pages that use it"}
        className="glossary-more"
      >
        <div data-testid="glossary-precise">
          <p>{entry.precise.text}</p>
          {entry.precise.items && (
            <ul>
              {entry.precise.items.map((item) => (
                <li key={item}>{item}</li>
              ))}
            </ul>
          )}
          {sources.length > 0 && (
            <>
              <p className="glossary-label">{sources.length > 1 ? "Sources" : "Source"}</p>
              <ul className="source-line glossary-sources">
                {sources.map((source) => (
                  <li key={source.id}>{source.url ? <a href={source.url}>{source.citation}</a> : source.citation}</li>
                ))}
              </ul>
            </>
          )}
        </div>
        <p className="glossary-label">Used on</p>
        <div data-testid="glossary-used-on">
          <ul className="glossary-pages">
            {usedOn.map((page) => (
              <li key={page.href}>
                <a href={page.href}>{page.label}</a>
              </li>
            ))}
          </ul>
        </div>
      </Disclosure>
    </article>
  );
}
