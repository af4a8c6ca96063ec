/**
 * A page's social preview card (1200×630): site name, page title and its one-line description.
 * For pages whose picture is not one exportable chart; chart pages preview the chart itself.
 */

import { scenePaint } from "../charts/colors";
import { DATA_VERSION, SITE_NAME } from "../release";
import { EXPORT_SIZES, textBlock, wrappedBlock, wrapText } from "../scene/frame";
import { sceneToSvg } from "../scene/svg";
import type { Mark, Scene } from "../scene/types";
import { SUBTYPE_CATEGORY_IDS } from "../subtypes";
import { type ColorMode, subtypeColorVar } from "../theme";

const PADDING = 72;
/** At most this many description lines: a card is read at a glance, the page says the rest. */
const MAX_DESCRIPTION_LINES = 4;
const BAND = 16;

export function pageCardScene(card: { title: string; description: string }): Scene {
  const { width, height } = EXPORT_SIZES.og;
  const inner = width - 2 * PADDING;
  // The home page's title is the site name already: saying it twice would be noise.
  const site = card.title === SITE_NAME ? null : textBlock([SITE_NAME], PADDING, PADDING, 30, { fill: "var(--accent)", fontWeight: 700 });
  const titleY = PADDING + (site?.height ?? 0) + 36;
  const title = wrappedBlock(card.title, inner, PADDING, titleY, 64, { fill: "var(--text)", fontWeight: 700 });
  const lines = wrapText(card.description, inner, 28);
  const shown = lines.length > MAX_DESCRIPTION_LINES ? [...lines.slice(0, MAX_DESCRIPTION_LINES - 1), `${lines[MAX_DESCRIPTION_LINES - 1]}…`] : lines;
  const description = textBlock(shown, PADDING, titleY + title.height + 24, 28, { fill: "var(--muted)" });
  const footer = textBlock([`Data release ${DATA_VERSION} · every figure sourced`], PADDING, height - BAND - 40 - 22, 22, { fill: "var(--muted)" });
  // The four subtype colours as a band along the bottom: the site's one visual signature.
  const known = SUBTYPE_CATEGORY_IDS.filter((id) => id !== "unknown");
  const band = known.map(
    (id, i): Mark => ({
      kind: "rect",
      x: (i * width) / known.length,
      y: height - BAND,
      width: width / known.length,
      height: BAND,
      style: { fill: subtypeColorVar(id) },
    }),
  );
  return {
    title: card.title,
    description: card.description,
    roleDescription: "preview card",
    width,
    height,
    marks: [...(site ? [site.mark] : []), title.mark, description.mark, footer.mark, { kind: "group", decorative: true, marks: band }],
  };
}

export function pageCardSvg(card: { title: string; description: string; mode: ColorMode }): string {
  return sceneToSvg(pageCardScene(card), scenePaint(card.mode));
}
