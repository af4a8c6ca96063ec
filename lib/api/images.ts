/** The image routes (chart images for slides, page cards for social previews), described for the index and OpenAPI. */
import { CHARTS, type ChartOption } from "../charts/registry";
import { CHART_FILES, IMAGE_PARAMETERS } from "../export/charts";
import { cardName, PAGE_TEXT, type PagePath } from "../pages";
import { BAD_QUERY, type ExtraRoute, jsonContent, NOT_MODIFIED, schemaRef } from "./catalog";

/** Each option any chart takes, once, naming the charts that take it (from the chart registry). */
function chartOptions(): { name: string; description: string; allowed: readonly string[] }[] {
  const byName = new Map<string, { option: ChartOption; charts: string[] }>();
  for (const chart of Object.values(CHARTS)) {
    for (const option of chart.options) {
      const entry = byName.get(option.name) ?? { option, charts: [] };
      entry.charts.push(chart.id);
      byName.set(option.name, entry);
    }
  }
  return [...byName.values()].map(({ option, charts }) => ({
    name: option.name,
    description: `${option.description} ${option.arity === "single" ? "One value" : option.arity === "pair" ? "Two values, comma-separated" : "Comma-separated values"}; default ${option.default}. For ${charts.join(", ")}.`,
    allowed: option.allowed,
    list: option.arity !== "single",
  }));
}

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
      allowed: CHART_FILES,
    },
    ...IMAGE_PARAMETERS.map(({ name, description, allowed }) => ({ name, description, allowed })),
    ...chartOptions(),
  ],
  operations: {
    get: {
      operationId: "getChartImage",
      summary: "A chart image. Each chart takes the size, theme, wording and view parameters, and its page's own, as listed.",
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
