/**
 * A palette's colours as CSS custom properties, written once however many charts use them: React
 * hoists a <style> with an href and a precedence into <head> and dedupes it by that href.
 */
export function PaletteStyle({ href, css }: { href: string; css: string }) {
  return (
    <style href={href} precedence="default">
      {css}
    </style>
  );
}
