/**
 * "/api/charts/survival?measure=x" + png + "size=og" → "/api/charts/survival.png?measure=x&size=og".
 * Pages name a chart's image without its extension; the links, previews and tests add format and size.
 * Kept apart from lib/export/charts so client components can use it without the datasets.
 */
export function imageUrl(imagePath: string, format: "svg" | "png", extra: string): string {
  const [base, query = ""] = imagePath.split("?");
  return `${base}.${format}?${[query, extra].filter(Boolean).join("&")}`;
}

/**
 * "survival-five-year-relative-distant-slide-dark.png": an image file named by its chart, the view's
 * words (its options' values, its case's "ratio-2.5"), its size and theme, so saving a second view,
 * size or theme never overwrites the first. Only checked values reach it; a number is written as a
 * number ("02.50" is 2.5).
 */
export function imageFileName(chart: string, words: readonly string[], size: string, theme: string, format: "svg" | "png"): string {
  const numbersAsNumbers = words.map((word) => word.replace(/\d*\.?\d+/g, (number) => String(Number(number))));
  const name = [chart, ...numbersAsNumbers, size, ...(theme === "light" ? [] : [theme])].join("-");
  return `${name
    .toLowerCase()
    .replace(/[^a-z0-9.]+/g, "-")
    .replace(/-+$/, "")}.${format}`;
}
