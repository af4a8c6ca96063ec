import type { Metadata } from "next";
import { pageMetadata } from "@/app/page-metadata";
import { GlossaryEntry } from "@/components/glossary/GlossaryEntry";
import { RevealTarget } from "@/components/glossary/RevealTarget";
import { Disclosure } from "@/components/layout/Disclosure";
import { GLOSSARY, glossaryByTopic } from "@/lib/glossary/entries";
import type { GlossaryPage as UsedOnPage } from "@/lib/glossary/types";
import { PAGE_LINKS } from "@/lib/pages";
import "./glossary.css";

export const metadata: Metadata = pageMetadata("/glossary");

/** The pages an entry is used on, in the navigation's order and named as it names them ("Overview", "How common"; a subtype page by its label). */
function usedOnLinks(pages: readonly UsedOnPage[]) {
  const paths: readonly string[] = pages;
  return PAGE_LINKS.filter((item) => paths.includes(item.href));
}

/**
 * A static page: every entry is in lib/glossary, its precise definitions read from data/. Answer first:
 * the A to Z index, then each topic folded to its title, so a phone scrolls a page, not 58 entries; a
 * link to an entry (a term's "in the glossary", the index) opens its topic.
 */
export default function GlossaryPage() {
  const topics = glossaryByTopic();
  const alphabetical = [...GLOSSARY].sort((a, b) => a.term.localeCompare(b.term, "en"));
  return (
    <>
      <h1>Glossary</h1>
      <p className="lede">
        Every technical term on HER2 Atlas in plain words, under its topic; “Precisely” opens its exact definition, its source and the pages that use it. On
        those pages, a term with a dotted underline opens its plain definition where you read it.
      </p>
      <details className="glossary-index">
        <summary>All {GLOSSARY.length} terms, A to Z</summary>
        <ul>
          {alphabetical.map((entry) => (
            <li key={entry.id}>
              <a href={`#${entry.id}`}>{entry.term}</a>
            </li>
          ))}
        </ul>
      </details>
      {topics.map(({ topic, title, entries }) => (
        <section key={topic} id={`topic-${topic}`} aria-labelledby={`topic-${topic}-heading`} className="glossary-topic">
          <Disclosure as="h2" titleId={`topic-${topic}-heading`} title={title} hint={`${entries.length} terms`} className="section">
            {entries.map((entry) => (
              <GlossaryEntry key={entry.id} entry={entry} usedOn={usedOnLinks(entry.usedOn)} />
            ))}
          </Disclosure>
        </section>
      ))}
      <RevealTarget />
    </>
  );
}
