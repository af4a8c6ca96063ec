// Every page of the site, for the scripts and gates that visit them all (bench, a11y, headers),
// the full-screen presentation included.
export const PAGES = ["/", "/survival", "/prevalence", "/subtypes", "/testing", "/treatments", "/data", "/glossary", "/present"];
// Every embeddable chart (lib/embed.ts EMBEDDABLE_CHARTS; a unit test keeps the two in step).
export const EMBEDS = ["/embed/survival", "/embed/compare", "/embed/prevalence", "/embed/subtypes", "/embed/testing"];
