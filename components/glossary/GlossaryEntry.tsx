import { sourceFor } from "@/lib/datasets";
import type { GlossaryEntry as Entry } from "@/lib/glossary/entries";

/** A page that uses the term: its address and its name in the site's navigation. */
export interface UsedOnLink {
  href: string;
  label: string;
}

const PLANNED = { trials: "the trials page" } as const;

/** One glossary entry: its anchor, the term, its other names, plain then precise, sources, and where it is used. */
export function GlossaryEntry({ entry, usedOn }: { entry: Entry; usedOn: readonly UsedOnLink[] }) {
  const headingId = `${entry.id}-term`;
  const sources = entry.precise.sources.map(sourceFor);
  return (
    <article className="glossary-entry" id={entry.id} aria-labelledby={headingId} data-testid="glossary-entry">
      <h3 id={headingId}>{entry.term}</h3>
      {entry.aliases.length > 0 && <p className="glossary-aliases">Also called: {entry.aliases.join(" · ")}</p>}
      <dl>
        <dt>In plain words</dt>
        <dd data-testid="glossary-plain">{entry.plain}</dd>
        <dt>Precisely</dt>
        <dd data-testid="glossary-precise">
          <p>{entry.precise.text}</p>
          {entry.precise.items && (
            <ul>
              {entry.precise.items.map((item) => (
                <li key={item}>{item}</li>
              ))}
            </ul>
          )}
          {sources.length > 0 && (
            // Full citations run to several lines each: one click away, so the definitions stay easy to scan.
            <details className="glossary-sources">
              <summary>{sources.length > 1 ? `Sources (${sources.length})` : "Source"}</summary>
              <ul className="source-line">
                {sources.map((source) => (
                  <li key={source.id}>{source.url ? <a href={source.url}>{source.citation}</a> : source.citation}</li>
                ))}
              </ul>
            </details>
          )}
        </dd>
        <dt>Used on</dt>
        <dd data-testid="glossary-used-on">
          {usedOn.length > 0 ? (
            <ul className="glossary-pages">
              {usedOn.map((page) => (
                <li key={page.href}>
                  <a href={page.href}>{page.label}</a>
                </li>
              ))}
            </ul>
          ) : (
            <span className="muted">{entry.planned ? `Coming with ${PLANNED[entry.planned]}.` : "No page yet."}</span>
          )}
        </dd>
      </dl>
    </article>
  );
}
