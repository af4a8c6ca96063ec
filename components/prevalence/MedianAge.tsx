"use client";
import { medianAgeBars, medianAgeRows, medianAgeTakeaway, niceDomainMax, raceName } from "@/lib/charts/prevalence";
import type { Wording } from "@/lib/charts/wording";
import { formatPeriod } from "@/lib/datasets/dimensions";
import type { PrevalenceRow, Source } from "@/lib/datasets/schemas";
import { SUBTYPES } from "@/lib/subtypes";
import { PrevalenceBarFrame } from "./PrevalenceBarFrame";

/** Median age at diagnosis by subtype and race, with the two subtypes our sources do not give shown as gaps. */
export function MedianAge({ rows, sources, wording, tableOpen }: { rows: readonly PrevalenceRow[]; sources: readonly Source[]; wording: Wording; tableOpen: boolean }) {
  const viewRows = medianAgeRows(rows);
  const years = formatPeriod(viewRows[0]?.period ?? "");
  return (
    <PrevalenceBarFrame
      id="median-age"
      title={`Median age at diagnosis by subtype, ${years}`}
      takeaway={medianAgeTakeaway(viewRows)}
      unit="Median age at diagnosis, in years: half of women were younger, half older"
      viewRows={viewRows}
      bars={medianAgeBars(viewRows, wording)}
      domainMax={niceDomainMax(viewRows)}
      labelHeaders={["Subtype", "Race/ethnicity"]}
      labelsFor={(row) => [row.subtype ? SUBTYPES[row.subtype].label : "", raceName(row)]}
      valueHeader="Median age (years)"
      sources={sources}
      apiQuery="measure=median-age-at-diagnosis"
      tableOpen={tableOpen}
    />
  );
}
