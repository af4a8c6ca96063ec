import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { QuotedShareExplainer } from "@/components/prevalence/QuotedShareExplainer";
import { quotedHer2PositiveShare } from "@/lib/charts/prevalence";
import { datasets } from "@/lib/datasets";

describe("QuotedShareExplainer (home page and /prevalence)", () => {
  it("reads the quoted range from the data, not from the page", () => {
    expect(quotedHer2PositiveShare(datasets.prevalence)).toMatchObject({ rangeText: "15–20%", row: { sourceId: "wynn-tang-2022-cmr" } });
    const withoutRow = datasets.prevalence.filter((row) => row.group !== "her2-positive");
    expect(quotedHer2PositiveShare(withoutRow)).toBeNull();
    const { container } = render(<QuotedShareExplainer rows={withoutRow} sources={datasets.sources} />);
    expect(container).toBeEmptyDOMElement();
  });

  it("cites Wynn & Tang for the range, and gives both reasons the registry share is lower", () => {
    const { container } = render(<QuotedShareExplainer rows={datasets.prevalence} sources={datasets.sources} />);
    expect(container).toHaveTextContent("often said to be “15–20%” of breast cancers");
    expect(container).toHaveTextContent("including the 6.1% whose HR or HER2 status was never recorded");
    expect(screen.getByTestId("share-of-known")).toHaveTextContent(
      "Among cases whose subtype is known, it is 14.5% (derived by HER2 Atlas, not printed by SEER: 13.6% ÷ 93.9%, the cases less the 6.1% of unknown status",
    );
    expect(screen.getByTestId("quoted-range-source")).toHaveTextContent(
      "Wynn & Tang, Cancer Metastasis Rev 2022: “Approximately 15-20% of breast cancers overexpress HER2”.",
    );
  });
});
