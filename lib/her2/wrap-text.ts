/**
 * Greedy word wrap by character count. The diagram wraps its labels here, not in the browser, so
 * the server-rendered SVG and the hydrated one are identical and box sizes are known in advance.
 */
export function wrapText(text: string, maxChars: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    // A word longer than a line is cut, so no line can overflow its box.
    for (let start = 0; start < word.length; start += maxChars) {
      const piece = word.slice(start, start + maxChars);
      if (line === "") line = piece;
      else if (line.length + 1 + piece.length <= maxChars) line = `${line} ${piece}`;
      else {
        lines.push(line);
        line = piece;
      }
    }
  }
  if (line !== "") lines.push(line);
  return lines;
}
