/**
 * Reading a page the way the glossary gate needs: which terms its text uses, and whether each term's
 * first use in running prose is linked to the glossary. The phrase patterns come from lib/glossary/match
 * (the same rule GlossedText links with); this file only walks the page's text in the browser.
 */
import type { Page } from "@playwright/test";
import { phrasePattern } from "../../lib/glossary/match";
import { GLOSSARY_PHRASES } from "../../lib/glossary/phrases";

/**
 * Not the page's own words: the titles it cites (in a source line, "cite this", the list of sources on
 * /data), an opened definition, and the page's scripts. A source line's own words (its period, registry
 * and definition) are the page's.
 */
const NOT_OWN_WORDS = [".source-line a", ".definition-source a", ".approval-sources", ".cite-this", "[id^='source-']", ".term-definition", "script", "style"];

/** Text that is not running prose: besides the above, source lines and a chart's one-line source note (citations, like the lines), headings and the subtitle under one, controls, tables, charts and their keys, code. */
const NOT_PROSE = [
  ...NOT_OWN_WORDS,
  ".source-line",
  ".source-note",
  ".definition-source",
  "svg",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  ":is(h2, h3, h4) + p.muted",
  "a:not(.term-link)",
  "button",
  "label",
  "legend",
  "summary",
  "select",
  "option",
  "textarea",
  "th",
  "td",
  "caption",
  "dt",
  "code",
  "pre",
  "nav",
  ".sr-only",
  "[aria-hidden='true']",
  "noscript",
  ".flow-legend",
  ".timeline-key",
].join(", ");

export interface FirstUse {
  id: string;
  /** The words found, and the sentence around them. */
  found: string;
  context: string;
  /** The glossary id of the Term the words sit in (null: not linked). */
  linkedTo: string | null;
}

const MATCHERS = Object.entries(GLOSSARY_PHRASES).map(([id, phrases]) => ({ id, patterns: phrases.map((phrase: string) => phrasePattern(phrase).source) }));

export interface GlossaryScan {
  /**
   * For every term with phrases: its first use in the page's prose that another term does not already
   * explain (a use inside another term's link counts as that term's), and what it is linked to.
   */
  firstUses: FirstUse[];
  /** The terms the page uses in its own words anywhere in its main content (citations aside): by their phrases, or by a link to their entry. */
  used: string[];
}

export async function scanGlossary(page: Page): Promise<GlossaryScan> {
  return page.evaluate(
    ({ matchers, notProse, notOwnWords }) => {
      const main = document.querySelector("main");
      if (!main) return { firstUses: [], used: [] };
      // All of main's text in document order, with where each node starts; a zero-width space where the
      // parent element changes keeps words of neighbouring elements from running together.
      const nodes: { node: Text; start: number }[] = [];
      let text = "";
      let lastParent: Element | null = null;
      const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
        if (node.parentElement !== lastParent) text += "\u200b";
        lastParent = node.parentElement;
        nodes.push({ node, start: text.length });
        text += node.data;
      }
      const elementAt = (index: number) => {
        let found = nodes[0]!;
        for (const entry of nodes) {
          if (entry.start > index) break;
          found = entry;
        }
        return found.node.parentElement!;
      };
      const linked = new Set([...main.querySelectorAll<HTMLAnchorElement>(".term-link")].map((a) => a.hash.slice(1)));
      const firstUses: FirstUse[] = [];
      const used: string[] = [];
      for (const { id, patterns } of matchers) {
        const hits = patterns.flatMap((source) => [...text.matchAll(new RegExp(source, "gu"))]).sort((a, b) => a.index - b.index);
        if (linked.has(id) || hits.some((hit) => !elementAt(hit.index).closest(notOwnWords))) used.push(id);
        for (const hit of hits) {
          const element = elementAt(hit.index);
          if (element.closest(notProse)) continue;
          const term = element.closest<HTMLElement>(".term");
          if (term && term.dataset.term !== id) continue;
          const context = text.slice(Math.max(0, hit.index - 60), hit.index + hit[0].length + 40).replace(/\u200b/g, "");
          firstUses.push({ id, found: hit[0], context, linkedTo: term?.dataset.term ?? null });
          break;
        }
      }
      return { firstUses, used };
    },
    { matchers: MATCHERS, notProse: NOT_PROSE, notOwnWords: NOT_OWN_WORDS.join(", ") },
  );
}
