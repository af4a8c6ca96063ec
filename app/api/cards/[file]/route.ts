import { apiMethods } from "@/lib/api/methods";
import { parseListQuery } from "@/lib/api/query";
import { errorResponse } from "@/lib/api/respond";
import { pageCardSvg } from "@/lib/export/card";
import { cardName, PAGE_TEXT, type PagePath, pageForCard } from "@/lib/pages";
import { imageResponse } from "../../image-response";

/** /api/cards/<page>.png: a page's social preview card (1200×630), for pages without a chart image. */
async function pageCard(request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const page = pageForCard(/^([a-z0-9-]+)\.png$/.exec(file)?.[1] ?? "");
  if (!page) {
    const allowed = (Object.keys(PAGE_TEXT) as PagePath[]).map((path) => `${cardName(path)}.png`);
    return errorResponse({ parameter: "page", message: "No such page card.", allowed }, 404);
  }
  const themes = ["light", "dark"] as const;
  // Always a PNG, as the file's extension says: `format` is no parameter here.
  const parsed = parseListQuery(new URL(request.url).searchParams, [{ name: "theme", allowed: themes, description: "Light or dark background." }], []);
  if (!parsed.ok) return errorResponse(parsed.error);
  const theme = parsed.filters.theme ?? [];
  if (theme.length > 1) return errorResponse({ parameter: "theme", message: "Give a single value.", allowed: themes });
  const mode = theme[0] === "dark" ? "dark" : "light";
  return imageResponse(request, JSON.stringify(["card", page, mode]), () => pageCardSvg({ ...PAGE_TEXT[page], mode }), "png", `${cardName(page)}-card.png`);
}

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = apiMethods({ GET: pageCard });
