import type { ReactNode } from "react";
import { type EmbedView, iframeSnippet, resizeScriptSnippet } from "@/lib/embed";
import type { EmbedAppearance } from "@/lib/embed-appearance";
import { imageUrl } from "@/lib/export/image-url";
import { deckHref } from "@/lib/present/deck-url";
import { citationText, type ViewCitation } from "@/lib/view-citation";

/**
 * What the share tools (ImageLinks, AddToDeck, EmbedSnippet, CiteThis) show, with no state of their own: those
 * client components render these with their buttons and choices, and a server page can render them
 * alone as the tools' HTML for a reader without JavaScript (the /testing flow loads its tools only
 * when they are opened). One module, as every chart frame loads all three.
 */

/** The image downloads; `copy` (ImageLinks' copy-to-clipboard button and its status) where the browser runs it. */
export function ImageLinksView({ imagePath, title, copy }: { imagePath: string; title: string; copy?: ReactNode }) {
  const url = (format: "svg" | "png", extra: string) => imageUrl(imagePath, format, extra);
  return (
    <span className="image-links">
      Image:{" "}
      <a href={url("svg", "size=slide")} download>
        SVG
      </a>{" "}
      ·{" "}
      <a href={url("png", "size=slide")} download>
        PNG 16:9
      </a>{" "}
      ·{" "}
      <a href={url("png", "size=square")} download>
        PNG square
      </a>{" "}
      ·{" "}
      <a href={url("png", "size=slide&theme=dark")} download>
        PNG dark
      </a>{" "}
      {copy}
      <span className="sr-only"> ({title})</span>
    </span>
  );
}

/** AddToDeck's link that presents this view alone, with no state: `children` add the kept deck's controls where the browser runs them. */
export function PresentView({ entry, title, children }: { entry: string; title: string; children?: ReactNode }) {
  return (
    <p className="add-to-deck" data-testid="add-to-deck">
      Present:{" "}
      <a href={deckHref([entry])}>
        this view<span className="sr-only"> ({title})</span>
      </a>
      {children}
    </p>
  );
}

export interface EmbedCodeProps {
  embed: EmbedView;
  origin: string;
  appearance: EmbedAppearance;
  /** The look's choices where the browser runs them; without, the hint naming their parameters. */
  options?: ReactNode;
  onFocus?: (event: { currentTarget: HTMLTextAreaElement }) => void;
}

/** EmbedSnippet's code for this exact view in the given look, with no state: the client adds the choices of look. */
export function EmbedCode({ embed, origin, appearance, options, onFocus }: EmbedCodeProps) {
  const id = `embed-${embed.chart}`;
  return (
    <details className="embed-snippet">
      <summary>Embed</summary>
      {options ?? (
        <p className="embed-options-hint">
          To match your page, add to the address <code>theme=light</code> or <code>theme=dark</code> (by default it follows the reader&rsquo;s system),{" "}
          <code>plain=1</code> (no title, takeaway or link back: caption it on your page) or <code>transparent=1</code>.
        </p>
      )}
      <label htmlFor={id}>Paste this into your page (the script is optional: it fits the frame to the chart):</label>
      <textarea id={id} readOnly rows={4} value={`${iframeSnippet(origin, embed, appearance)}\n${resizeScriptSnippet(origin)}`} onFocus={onFocus} />
    </details>
  );
}

/** "Cite this chart": the citation as text and `actions` (CiteThis: the link, its copy button and the files), or the view's link alone. */
export function CiteView({ citation, href, actions }: { citation: ViewCitation; href: string; actions?: ReactNode }) {
  return (
    <details className="cite-this">
      <summary>Cite this chart</summary>
      <p data-testid="cite-text">{citationText(citation)}</p>
      <div className="cite-actions">{actions ?? <a href={href}>Link to this view</a>}</div>
    </details>
  );
}
