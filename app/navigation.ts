import type { NavItem } from "@/components/layout/SiteNav";

/** Every page in the main navigation, in reading order. */
export const NAV_ITEMS: readonly NavItem[] = [
  { href: "/", label: "Overview" },
  { href: "/survival", label: "Survival" },
  { href: "/prevalence", label: "How common" },
  { href: "/subtypes", label: "Subtypes" },
  { href: "/testing", label: "HER2 testing" },
  { href: "/treatments", label: "Treatments" },
  { href: "/data", label: "Data & API" },
  { href: "/glossary", label: "Glossary" },
  { href: "/present", label: "Present" },
];
