import { SUBTYPE_IDS, SUBTYPES, type SubtypeId, type SubtypePagePath, subtypePath } from "./subtypes";

interface PageText {
  title: string;
  description: string;
}

/** A section page's words, and its name in the main navigation. */
interface SectionText extends PageText {
  nav: string;
}

/**
 * Each page's title and one-line description, said once: page metadata, social previews and the
 * page cards (lib/export/card.ts) all read them, so a shared link never describes a page differently.
 * The sections are in reading order, the navigation's.
 */
const SECTION_TEXT = {
  "/": {
    nav: "Overview",
    title: "HER2 Atlas",
    description: "Sourced, interactive figures on HER2-positive breast cancer: how common each subtype is, how survival compares, and how HER2 testing works.",
  },
  "/survival": {
    nav: "Survival",
    title: "Survival by subtype",
    description: "Four-year breast cancer-specific survival and five-year relative survival by HR/HER2 subtype and stage, with sources.",
  },
  "/prevalence": {
    nav: "How common",
    title: "How common is each subtype?",
    description:
      "Share of new breast cancers and incidence rates by HR/HER2 subtype, by race and ethnicity and by age, HER2-low among HER2-negative cancers, and median age at diagnosis, with sources.",
  },
  "/subtypes": {
    nav: "Subtypes",
    title: "The four subtypes",
    description:
      "How ER, PR and HER2 test results combine into the four breast cancer subtypes, what each is called, and what HER2-low and HER2-ultralow mean.",
  },
  "/testing": {
    nav: "HER2 testing",
    title: "How HER2 testing works",
    description:
      "The ASCO/CAP HER2 testing algorithm step by step: IHC score, reflex ISH (FISH), the five ISH groups, HER2-low and HER2-ultralow. Enter a case, share it as a link, or classify a CSV in your browser.",
  },
  "/treatments": {
    nav: "Treatments",
    title: "Treatments over time",
    description:
      "A timeline of US FDA approvals of HER2-targeted drugs in breast cancer by drug class and HER2 population, set against the years of diagnosis behind the survival figures.",
  },
  "/trials": {
    nav: "Trials",
    title: "Survival over time in the HER2 trials",
    description:
      "Kaplan–Meier curves from seven randomised trials of HER2 drugs (CLEOPATRA, TH3RESA, MARIANNE, ExteNET, ALTTO, NeoALTTO, CEREBEL), reconstructed from the published figures, with hazard ratios, medians and the papers' own figures side by side.",
  },
  "/outcomes": {
    nav: "Outcomes",
    title: "Outcomes for women like me",
    description:
      "PREDICT Breast v3.2 for one woman after surgery for early breast cancer: of 100 women like her, how many are alive 5, 10 and 15 years later, and what each treatment, trastuzumab included, adds.",
  },
  "/data": {
    nav: "Data & API",
    title: "Data & API",
    description: "The HER2 Atlas datasets, their definitions and sources, and how to query them.",
  },
  "/glossary": {
    nav: "Glossary",
    title: "Glossary",
    description:
      "Every technical term on HER2 Atlas in plain words and precisely, with its source: survival measures, stages, HER2 tests and results, subtypes and approvals.",
  },
  "/present": {
    nav: "Present",
    title: "Presentation mode",
    description: "HER2 Atlas as slides: survival by subtype and stage, how common HER2-positive is, and how a HER2 test is read, each with its source.",
  },
} as const satisfies Record<string, SectionText>;

/** A subtype page's words, from the subtype config alone: its figures are on the page, read from data/. */
function subtypePageText(id: SubtypeId): PageText {
  const { label, plainName } = SUBTYPES[id];
  return {
    title: `${label} breast cancer`,
    description: `${label} (${plainName}) breast cancer in plain words: four-year survival, how common it is, survival by stage, how testing finds it and the US FDA approvals that cover it, with sources.`,
  };
}

export type PagePath = keyof typeof SECTION_TEXT | SubtypePagePath;

export const PAGE_TEXT: Readonly<Record<PagePath, PageText>> = {
  ...SECTION_TEXT,
  ...(Object.fromEntries(SUBTYPE_IDS.map((id) => [subtypePath(id), subtypePageText(id)])) as Record<SubtypePagePath, PageText>),
};

export const PAGE_PATHS = Object.keys(PAGE_TEXT) as PagePath[];

/** A link to a page, named as the navigation names it. */
export interface PageLink {
  href: string;
  label: string;
}

/** Every page in the main navigation, in reading order. */
export const NAV_LINKS: readonly PageLink[] = Object.entries(SECTION_TEXT).map(([href, text]) => ({ href, label: text.nav }));

/** Every page a list of pages can name, in reading order: the navigation's, each subtype's page (by its label) after /subtypes. */
export const PAGE_LINKS: readonly PageLink[] = NAV_LINKS.flatMap((link) =>
  link.href === "/subtypes" ? [link, ...SUBTYPE_IDS.map((id) => ({ href: subtypePath(id), label: SUBTYPES[id].label }))] : [link],
);

/** The page card's file name: "/" is "home", a subtype page "subtype-<id>", the others their path ("/data" → "data"). */
export function cardName(path: PagePath): string {
  if (path === "/") return "home";
  const subtype = SUBTYPE_IDS.find((id) => subtypePath(id) === path);
  return subtype ? `subtype-${subtype}` : path.slice(1);
}

export function pageForCard(name: string): PagePath | null {
  return PAGE_PATHS.find((path) => cardName(path) === name) ?? null;
}
