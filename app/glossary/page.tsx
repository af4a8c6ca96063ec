import type { Metadata } from "next";
import { GlossaryEntry } from "@/components/glossary/GlossaryEntry";
import { GLOSSARY, glossaryByTopic } from "@/lib/glossary/entries";
import type { GlossaryPage } from "@/lib/glossary/types";
import { PAGE_LINKS } from "../navigation";
import { pageMetadata } from "../page-metadata";
import "./glossary.css";

export const metadata: Metadata = pageMetadata("/glossary");

/** The pages an entry is used on, in the navigation's order and named as it names them ("Overview", "How common"; a subtype page by its label). */
function usedOnLinks(pages: readonly GlossaryPage[]) {
  const paths: readonly string[] = pages;
  return PAGE_LINKS.filter((item) => paths.includes(item.href));
}

/** A static page: every entry is in lib/glossary, its precise definitions read from data/. */
export default function GlossaryPage() {
  const topics = glossaryByTopic();
  const alphabetical = [...GLOSSARY].sort((a, b) => a.term.localeCompare(b.term, "en"));
  return (
    <>
      <h1>Glossary</h1>
      <p className="lede">
        Every technical term on HER2 Atlas: first in plain words, then precisely, with its source and the pages that use it. On those
        pages, a term with a dotted underline opens its plain definition where you read it.
      </p>
      <nav aria-label="On this page" className="glossary-topics">
        <ul>
          {topics.map(({ topic, title }) => (
            <li key={topic}>
              <a href={`#topic-${topic}`}>{title}</a>
            </li>
          ))}
        </ul>
      </nav>
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
          <h2 id={`topic-${topic}-heading`}>{title}</h2>
          {entries.map((entry) => (
            <GlossaryEntry key={entry.id} entry={entry} usedOn={usedOnLinks(entry.usedOn)} />
          ))}
        </section>
      ))}
    </>
  );
}
