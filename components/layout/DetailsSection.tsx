import type { ReactNode } from "react";
import { WordingDisclosure } from "./WordingContext";

/**
 * A page section that comes after the answer (definitions, caveats): folded under its h2, which
 * labels the section, and open in the "details" wording.
 */
export function DetailsSection({
  headingId,
  id,
  className,
  title,
  hint,
  children,
}: {
  headingId: string;
  id?: string;
  className?: string;
  title: string;
  /** What the folded section holds, beside its title. */
  hint: string;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={headingId} id={id} className={className}>
      <WordingDisclosure as="h2" titleId={headingId} title={title} hint={hint} className="section">
        {children}
      </WordingDisclosure>
    </section>
  );
}
