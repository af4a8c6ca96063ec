// Every page of the site, for the scripts and gates that visit them all (bench, a11y, headers),
// the full-screen presentation included.
export const PAGES = [
  "/",
  "/survival",
  "/prevalence",
  "/subtypes",
  // One page per subtype (lib/subtypes.ts SUBTYPE_IDS; a unit test keeps the two in step).
  "/subtypes/hr-pos-her2-neg",
  "/subtypes/hr-pos-her2-pos",
  "/subtypes/hr-neg-her2-pos",
  "/subtypes/hr-neg-her2-neg",
  "/testing",
  "/treatments",
  "/trials",
  "/outcomes",
  "/data",
  "/glossary",
  "/present",
];
// Pages drawn by the same template as one listed before them, with other figures: the accessibility
// audit reads each once (phone width, with JavaScript) instead of at every width and setting.
export const SAME_TEMPLATE_AS_EARLIER = ["/subtypes/hr-pos-her2-pos", "/subtypes/hr-neg-her2-pos", "/subtypes/hr-neg-her2-neg"];
// Every embeddable chart (lib/embed.ts EMBEDDABLE_CHARTS; a unit test keeps the two in step).
export const EMBEDS = [
  "/embed/survival",
  "/embed/compare",
  "/embed/prevalence",
  "/embed/subtypes",
  "/embed/testing",
  "/embed/trials",
  "/embed/outcomes",
  "/embed/treatments",
  "/embed/incidence-by-subtype",
  "/embed/incidence-by-race",
  "/embed/incidence-by-age",
  "/embed/her2-low",
  "/embed/median-age",
];
// The query-less views the server renders once at start and answers from memory (server/index.mjs):
// every page and embed, the API's documents and each dataset in full.
export const DATASET_ROUTES = ["/api/subtypes", "/api/prevalence", "/api/survival", "/api/therapies", "/api/trials"];
export const DEFAULT_VIEWS = [...PAGES, ...EMBEDS, "/api", "/api/openapi.json", ...DATASET_ROUTES];
