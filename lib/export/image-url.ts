/**
 * "/api/charts/survival?measure=x" + png + "size=og" → "/api/charts/survival.png?measure=x&size=og".
 * Pages name a chart's image without its extension; the links, previews and tests add format and size.
 * Kept apart from lib/export/charts so client components can use it without the datasets.
 */
export function imageUrl(imagePath: string, format: "svg" | "png", extra: string): string {
  const [base, query = ""] = imagePath.split("?");
  return `${base}.${format}?${[query, extra].filter(Boolean).join("&")}`;
}
