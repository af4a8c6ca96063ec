import { DetailsSection } from "@/components/layout/DetailsSection";

/** The caveats every prevalence chart shares (her2-data.md §6), said once in plain words, one click away. */
export function ReadingPrevalence() {
  return (
    <DetailsSection headingId="reading-prevalence-heading" title="Reading these numbers" hint="shares, rates, registries and years">
      <ul className="caveats">
        <li>
          <strong>Share and rate are different.</strong> A share is the part of all breast cancers that is one subtype; a rate is how many women per 100,000 are
          diagnosed with it. Each chart says which it shows.
        </li>
        <li>
          <strong>Each chart names its registry and years.</strong> SEER 22, SEER 21 and SEER 18 cover different parts of the US, and each SEER edition covers
          different years, so figures from different charts are not directly comparable.
        </li>
        <li>
          <strong>Rates are age-adjusted</strong> to the 2000 US standard population unless a chart shows one age group. Some are also delay-adjusted (corrected
          for cases reported late); each chart says so.
        </li>
        <li>
          <strong>Unknown status is counted, not dropped.</strong> Leaving out cases whose HR or HER2 status was not recorded would make every subtype look more
          common.
        </li>
        <li>
          <strong>Small numbers are suppressed.</strong> SEER does not publish a rate based on fewer than 16 cases; those cells are marked “not available”,
          never shown as zero.
        </li>
        <li>
          <strong>US registries started recording HER2 with 2010 diagnoses</strong>, so no subtype figures here come from before 2010.
        </li>
      </ul>
    </DetailsSection>
  );
}
