import type { ReactNode } from "react";
import { NEWER_HER2_DRUGS } from "@/lib/charts/outcomes-view";
import { shortCitation, sourceAnchor } from "@/lib/datasets/citations";
import type { Source } from "@/lib/datasets/schemas";

/**
 * What PREDICT is for and what it leaves out, said before anyone reads a number into it: who the
 * model describes, the data it was built on, that it speaks of women like this one, and the HER2
 * drugs it does not know.
 */
export function ModelLimits({ sources, gloss }: { sources: { derivation: Source; model: Source }; gloss: (text: string) => ReactNode }) {
  const cite = (source: Source) => <a href={`#${sourceAnchor(source.id)}`}>{shortCitation(source.citation)}</a>;
  return (
    <section className="section model-limits" aria-labelledby="limits-heading" data-testid="model-limits">
      <h2 id="limits-heading">Who this is for, and what it cannot say</h2>
      <ul>
        <li>{gloss("For women with early invasive breast cancer who have had surgery. Not for metastatic disease, not for DCIS alone, and not for men.")}</li>
        <li>
          Built on women treated in England: the first version on 5,694 women who had surgery for invasive breast cancer in East Anglia from 1999 to 2003,
          checked on 5,468 more from the West Midlands ({cite(sources.derivation)}); later versions were refitted and extended (HER2, Ki-67, progesterone
          receptor).
        </li>
        <li>It gives outcomes for women like this one, on average: not a forecast for her. Discuss the result with the care team.</li>
        <li>{gloss(NEWER_HER2_DRUGS)}</li>
        <li>
          No result is shown for answers outside what the model takes (age 25 to 85, for example). This is{" "}
          <a href={`#${sourceAnchor(sources.model.id)}`}>PREDICT Breast v3.2</a>, computed by HER2 Atlas from its published formulae under its MIT licence, and
          checked against the R code’s own results.
        </li>
      </ul>
    </section>
  );
}
