import { TermOnce } from "@/components/glossary/GlossedText";
import { Term } from "@/components/glossary/Term";
import { her2ShareOfKnown, quotedHer2PositiveShare } from "@/lib/charts/prevalence";
import { shareOfCases } from "@/lib/datasets/queries";
import type { PrevalenceRow, Source } from "@/lib/datasets/schemas";
import { formatFigure } from "@/lib/format";
import type { GlossaryId } from "@/lib/glossary/phrases";

const percent = (value: number) => formatFigure({ value, unit: "percent" });

/**
 * Why the registry's HER2-positive share is lower than the range usually quoted: unknown-status cases
 * in the denominator, and even among known-status cases the share is lower. /prevalence and the home
 * page both say it in these words.
 */
export function QuotedShareExplainer({
  rows,
  sources,
  linkedAbove,
}: {
  rows: readonly PrevalenceRow[];
  sources: readonly Source[];
  linkedAbove?: readonly GlossaryId[];
}) {
  const quoted = quotedHer2PositiveShare(rows);
  if (!quoted) return null;
  const shares = shareOfCases(rows);
  const unknown = shares.find((row) => row.subtype === "unknown");
  const ofKnown = her2ShareOfKnown(shares);
  const source = sources.find((s) => s.id === quoted.row.sourceId);
  return (
    <>
      <p>
        HER2-positive breast cancer is often said to be “{quoted.rangeText}” of breast cancers, or “about 20%”, the top of that range. That range comes from
        pathology and clinical studies of how often tumours <Term id="overexpression">overexpress</Term> or <Term id="amplification">amplify</Term> HER2.
        Registry data count everyone diagnosed, including the {unknown ? formatFigure(unknown) : "cases"} whose HR or HER2 status was never recorded, so the
        HER2-positive share of <em>all</em> cases is lower.
      </p>
      {ofKnown && (
        <p data-testid="share-of-known">
          Among cases whose{" "}
          <TermOnce id="subtype" linkedAbove={linkedAbove}>
            subtype
          </TermOnce>{" "}
          is known, it is <strong>{percent(ofKnown.value)}</strong>{" "}
          <span className="derived">
            (derived by HER2 Atlas, not printed by{" "}
            <TermOnce id="seer" linkedAbove={linkedAbove}>
              SEER
            </TermOnce>
            : {percent(ofKnown.her2Positive)} ÷ {percent(ofKnown.known)}, the cases less the {unknown ? formatFigure(unknown) : ""} of unknown status)
          </span>
          : still below the quoted range.
        </p>
      )}
      {source && (
        <p className="source-line" data-testid="quoted-range-source">
          <strong>Source for the quoted range:</strong> {source.url ? <a href={source.url}>{source.citation}</a> : source.citation}
        </p>
      )}
    </>
  );
}
