/**
 * The address an image prints so a room can find the view again: the public origin's host (no
 * scheme: it is read aloud and typed) and the view's path, query and anchor on the atlas.
 */

/** "her2.example.org/survival?measure=…"; the view's path alone where no origin is known. */
export function shortAddress(view: string, origin?: string): string {
  // Commas are legal in a query and every list parameter splits on them; "%2C" only makes a slide harder to read.
  const readable = view.replaceAll("%2C", ",");
  return origin ? `${new URL(origin).host}${readable}` : readable;
}

/**
 * An address in lines of at most `maxChars`, broken before "?", "&" or "#" and after "," (a value
 * list), never dropping a character: the lines joined are the link. A piece longer than a line is
 * cut at the line's length, which still keeps every character.
 */
export function wrapAddress(address: string, maxChars: number): string[] {
  const width = Math.max(8, maxChars);
  const pieces = address
    .split(/(?=[?&#])|(?<=,)/)
    .flatMap((piece) => (piece.length <= width ? [piece] : (piece.match(new RegExp(`.{1,${width}}`, "g")) ?? [])));
  const lines: string[] = [];
  for (const piece of pieces) {
    const last = lines.length - 1;
    if (last >= 0 && (lines[last] ?? "").length + piece.length <= width) lines[last] += piece;
    else lines.push(piece);
  }
  return lines;
}
