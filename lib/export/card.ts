/**
 * A page's social preview card (1200×630): site name, page title and its one-line description.
 * For pages whose picture is not one exportable chart; chart pages preview the chart itself.
 */
import { DATA_VERSION, SITE_NAME } from "../release";
import { SUBTYPE_CATEGORY_IDS, SUBTYPES } from "../subtypes";
import { type ColorMode, THEME_TOKENS } from "../theme";
import { EXPORT_SIZES, svgDocument, textBlock, wrapText } from "./frame";

const PADDING = 72;
/** At most this many description lines: a card is read at a glance, the page says the rest. */
const MAX_DESCRIPTION_LINES = 4;

export function pageCardSvg(card: { title: string; description: string; mode: ColorMode }): string {
  const { width, height } = EXPORT_SIZES.og;
  const t = THEME_TOKENS[card.mode];
  const inner = width - 2 * PADDING;
  // The home page's title is the site name already: saying it twice would be noise.
  const site = textBlock(card.title === SITE_NAME ? [] : [SITE_NAME], PADDING, PADDING, 30, `font-weight="700" fill="${t.accent}"`);
  const title = textBlock(wrapText(card.title, inner, 64), PADDING, PADDING + site.height + 36, 64, `font-weight="700" fill="${t.text}"`);
  const lines = wrapText(card.description, inner, 28);
  const shown = lines.length > MAX_DESCRIPTION_LINES ? [...lines.slice(0, MAX_DESCRIPTION_LINES - 1), `${lines[MAX_DESCRIPTION_LINES - 1]}…`] : lines;
  const description = textBlock(shown, PADDING, PADDING + site.height + 36 + title.height + 24, 28, `fill="${t.muted}"`);
  // The four subtype colours as a band along the bottom: the site's one visual signature.
  const known = SUBTYPE_CATEGORY_IDS.filter((id) => id !== "unknown");
  const band = known
    .map(
      (id, i) =>
        `<rect x="${(i * width) / known.length}" y="${height - 16}" width="${width / known.length}" height="16" fill="${SUBTYPES[id].color[card.mode]}"/>`,
    )
    .join("");
  const footer = textBlock([`Data release ${DATA_VERSION} · every figure sourced`], PADDING, height - 16 - 40 - 22, 22, `fill="${t.muted}"`);
  return svgDocument({ width, height, mode: card.mode, title: card.title, description: card.description }, [
    site.svg,
    title.svg,
    description.svg,
    footer.svg,
    band,
  ]);
}
