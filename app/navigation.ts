import type { NavItem } from "@/components/layout/SiteNav";
import { SUBTYPE_IDS, SUBTYPES, subtypePath } from "@/lib/subtypes";

/** Every page in the main navigation, in reading order. */
export const NAV_ITEMS: readonly NavItem[] = [
  { href: "/", label: "Overview" },
  { href: "/survival", label: "Survival" },
  { href: "/prevalence", label: "How common" },
  { href: "/subtypes", label: "Subtypes" },
  { href: "/testing", label: "HER2 testing" },
  { href: "/treatments", label: "Treatments" },
  { href: "/trials", label: "Trials" },
  { href: "/outcomes", label: "Outcomes" },
  { href: "/data", label: "Data & API" },
  { href: "/glossary", label: "Glossary" },
  { href: "/present", label: "Present" },
];

/** Every page a list of pages can name, in reading order: the navigation's, each subtype's page (by its label) after /subtypes. */
export const PAGE_LINKS: readonly NavItem[] = NAV_ITEMS.flatMap((item) =>
  item.href === "/subtypes" ? [item, ...SUBTYPE_IDS.map((id) => ({ href: subtypePath(id), label: SUBTYPES[id].label }))] : [item],
);
