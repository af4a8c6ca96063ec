/**
 * A citation of one chart view, as text, BibTeX and RIS: the atlas, the chart's title, the view's
 * address, the data release, the day it was read and the sources of its figures. Pure, so the
 * browser builds the files from what it knows (the address and today's date) without a request.
 */

export interface ViewCitation {
  /** The atlas's name (SITE_NAME). */
  site: string;
  title: string;
  /** The view's absolute address on the public origin; "" where it is not known (the server's HTML). */
  url: string;
  /** The data release (DATA_VERSION). */
  release: string;
  /** The day it was read, YYYY-MM-DD; "" where it is not known. */
  accessed: string;
  /** The underlying sources' citations, each a sentence. */
  sources: readonly string[];
}

export type CitationFormat = "bibtex" | "ris";

/** One line of text: a citation field never breaks a line (RIS ends a field at the line's end). */
function oneLine(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/** "HER2 Atlas. <title>. Data release <r>. <url>. Accessed <date>. Data: <sources>" */
export function citationText(c: ViewCitation): string {
  return [
    `${c.site}.`,
    `${c.title}.`,
    `Data release ${c.release}.`,
    c.url && `${c.url}.`,
    c.accessed && `Accessed ${c.accessed}.`,
    `Data: ${c.sources.join(" ")}`,
  ]
    .filter(Boolean)
    .join(" ");
}

/**
 * TeX's special characters in a BibTeX field, each written so it prints as itself: braces would end
 * or unbalance the field, % starts a comment, a bare double quote is an active character under some
 * languages' babel settings.
 */
const BIBTEX_ESCAPES: Record<string, string> = {
  "\\": "\\textbackslash{}",
  "{": "\\{",
  "}": "\\}",
  "%": "\\%",
  "&": "\\&",
  $: "\\$",
  "#": "\\#",
  _: "\\_",
  "~": "\\textasciitilde{}",
  "^": "\\textasciicircum{}",
  '"': '{"}',
};

export function bibtexText(text: string): string {
  return oneLine(text).replace(/[\\{}%&$#_~^"]/g, (ch) => BIBTEX_ESCAPES[ch] ?? ch);
}

/** A URL field is read verbatim (biblatex, the url package): only what would break the field is percent-encoded. */
function bibtexUrl(url: string): string {
  return url.replace(/[{}\\\s]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`);
}

/** The lower-case words of a title, hyphenated: a citation key and a file name. */
export function citationSlug(title: string): string {
  return (
    title
      .normalize("NFKD")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "") || "chart"
  );
}

/** The release's year: releases are dated (2026.11.25). */
function releaseYear(release: string): string | null {
  return /^(\d{4})\b/.exec(release)?.[1] ?? null;
}

/** An @misc entry (BibTeX's type for a web page; biblatex reads url, urldate and version too). */
export function bibtexCitation(c: ViewCitation): string {
  const year = releaseYear(c.release);
  const notes = [`Data release ${c.release}.`, c.accessed && `Accessed ${c.accessed}.`, c.sources.length > 0 && `Data: ${c.sources.join(" ")}`];
  const fields: [string, string | null][] = [
    // Double braces: the atlas is the author as a whole name, not a surname and a first name.
    ["author", `{${bibtexText(c.site)}}`],
    ["title", bibtexText(c.title)],
    ["howpublished", bibtexText(c.site)],
    ["year", year],
    ["version", bibtexText(c.release)],
    ["url", c.url ? bibtexUrl(c.url) : null],
    ["urldate", c.accessed || null],
    ["note", bibtexText(notes.filter(Boolean).join(" "))],
  ];
  const key = `${citationSlug(c.site)}:${citationSlug(c.title)}`;
  const body = fields.flatMap(([name, value]) => (value ? [`  ${name} = {${value}},`] : []));
  return `@misc{${key},\n${body.join("\n")}\n}\n`;
}

/** A RIS record: `TAG  - value` lines (CRLF, as the format specifies) from TY to ER; ELEC is a web page. */
export function risCitation(c: ViewCitation): string {
  const year = releaseYear(c.release);
  const lines: [string, string | null][] = [
    ["TY", "ELEC"],
    ["TI", c.title],
    ["T2", c.site],
    ["PB", c.site],
    ["PY", year],
    ["ET", `Data release ${c.release}`],
    ["UR", c.url || null],
    // RIS dates are YYYY/MM/DD.
    ["Y2", c.accessed ? c.accessed.replaceAll("-", "/") : null],
    ...c.sources.map((source): [string, string] => ["N1", `Data: ${source}`]),
    ["ER", ""],
  ];
  return `${lines.flatMap(([tag, value]) => (value === null ? [] : [`${tag}  - ${oneLine(value)}`])).join("\r\n")}\r\n`;
}

const MEDIA_TYPES: Record<CitationFormat, string> = { bibtex: "application/x-bibtex", ris: "application/x-research-info-systems" };
export const CITATION_EXTENSIONS: Record<CitationFormat, string> = { bibtex: "bib", ris: "ris" };

/** The citation file as a data: URL, for a download link that needs no server. */
export function citationDataUrl(c: ViewCitation, format: CitationFormat): string {
  const text = format === "bibtex" ? bibtexCitation(c) : risCitation(c);
  return `data:${MEDIA_TYPES[format]};charset=utf-8,${encodeURIComponent(text)}`;
}

/** "her2-atlas-survival-by-breast-cancer-subtype.bib" */
export function citationFileName(c: Pick<ViewCitation, "site" | "title">, format: CitationFormat): string {
  return `${citationSlug(c.site)}-${citationSlug(c.title)}.${CITATION_EXTENSIONS[format]}`;
}
