/** The image routes (chart images for slides, page cards for social previews), described for the index and OpenAPI. */
import { EXPORT_FORMATS, EXPORTABLE_CHARTS, IMAGE_PARAMETERS } from "../export/charts";
import { cardName, PAGE_TEXT, type PagePath } from "../pages";
import { BAD_QUERY, type ExtraRoute, jsonContent, NOT_MODIFIED, schemaRef } from "./catalog";

const NO_SUCH_FILE = { description: "No such image: the error lists the files there are.", content: jsonContent(schemaRef("Error")) };

export const CHART_IMAGE_ROUTE: ExtraRoute = {
  path: "/api/charts/{file}",
  summary: "A chart as an image for slides (SVG or PNG), drawn from the same URL parameters as its page; a wrong parameter is a 400.",
  example: "/api/charts/survival.png",
  parameters: [
    {
      name: "file",
      in: "path",
      description: "The chart and format.",
      allowed: Object.keys(EXPORTABLE_CHARTS).flatMap((chart) => EXPORT_FORMATS.map((format) => `${chart}.${format}`)),
    },
    ...IMAGE_PARAMETERS.map(({ name, description, allowed }) => ({ name, description, allowed })),
  ],
  operations: {
    get: {
      operationId: "getChartImage",
      summary: "A chart image. Besides the parameters listed, each chart takes its page's own (e.g. measure and stage for survival).",
      responses: {
        "200": {
          description: "The image.",
          content: { "image/svg+xml": { schema: { type: "string" } }, "image/png": { schema: { type: "string", contentMediaType: "image/png" } } },
        },
        "304": NOT_MODIFIED,
        "400": BAD_QUERY,
        "404": NO_SUCH_FILE,
      },
    },
  },
};

export const CARD_ROUTE: ExtraRoute = {
  path: "/api/cards/{file}",
  summary: "A page's social preview card (1200×630 PNG), for pages without a chart image.",
  example: "/api/cards/data.png",
  parameters: [
    { name: "file", in: "path", description: "The page's card.", allowed: (Object.keys(PAGE_TEXT) as PagePath[]).map((path) => `${cardName(path)}.png`) },
    { name: "theme", description: "Light or dark background.", allowed: ["light", "dark"] },
  ],
  operations: {
    get: {
      operationId: "getPageCard",
      summary: "A page card.",
      responses: {
        "200": { description: "The card.", content: { "image/png": { schema: { type: "string", contentMediaType: "image/png" } } } },
        "304": NOT_MODIFIED,
        "400": BAD_QUERY,
        "404": NO_SUCH_FILE,
      },
    },
  },
};
