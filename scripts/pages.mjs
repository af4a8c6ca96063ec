// Every page of the site, for the scripts that visit them all (bench, screenshots).
export const PAGES = ["/", "/survival", "/prevalence", "/subtypes", "/testing", "/treatments", "/data"];
// Every embeddable chart (lib/embed.ts EMBEDDABLE_CHARTS; a unit test keeps the two in step).
export const EMBEDS = ["/embed/survival", "/embed/compare", "/embed/prevalence", "/embed/subtypes", "/embed/testing"];
