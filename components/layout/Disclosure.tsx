import type { ReactNode } from "react";

export interface DisclosureProps {
  /** The element id, for in-page links (a link to it, or into it, opens it). */
  id?: string;
  /** The title element's id, where a section or an in-page link names the block by its title. */
  titleId?: string;
  /** What opening it shows, as a heading where the block was a section of the page. */
  title: ReactNode;
  /** "h2" or "h3" keeps the block in the page's heading outline; "span" for a plain label. */
  as?: "h2" | "h3" | "span";
  /** A short hint after the title: what is inside, or how much. */
  hint?: ReactNode;
  /** Open from the start (the "details" wording, or a fragment that points here). */
  open?: boolean;
  className?: string;
  testId?: string;
  children: ReactNode;
}

/**
 * Methods, definitions, caveats and notes, one click away: a native <details>, so it opens by
 * keyboard and without JavaScript, and find-in-page and in-page links reveal what it holds.
 */
export function Disclosure({ id, titleId, title, as: Title = "span", hint, open, className, testId, children }: DisclosureProps) {
  return (
    <details id={id} className={`disclosure${className ? ` ${className}` : ""}`} open={open} data-testid={testId}>
      <summary>
        <Title id={titleId} className="disclosure-title">
          {title}
        </Title>
        {hint && <span className="disclosure-hint"> {hint}</span>}
      </summary>
      <div className="disclosure-body">{children}</div>
    </details>
  );
}
