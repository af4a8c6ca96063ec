import { ChartFrame } from "@/components/chart/ChartFrame";
import { FigureTable } from "@/components/chart/FigureTable";
import { GlossedText } from "@/components/glossary/GlossedText";
import { ByWording, LocalWording, LocalWordingSwitch } from "@/components/layout/LocalWording";
import { MATRIX_TITLE, matrixTakeaway } from "@/lib/charts/subtype-matrix";
import type { Wording } from "@/lib/charts/wording";
import { citationsFor } from "@/lib/datasets/citations";
import type { PrevalenceRow, Source, SubtypeDefinition } from "@/lib/datasets/schemas";
import { formatFigure } from "@/lib/format";
import { subtypeLabel } from "@/lib/subtypes";
import { SubtypeMatrix } from "./SubtypeMatrix";

/**
 * The /subtypes matrix in the shared frame. The frame, not SubtypeMatrix, carries the downloads:
 * /embed/subtypes shows the same matrix, and embeds carry none. The page is static, so the wording
 * lives in the browser (LocalWording): the server draws the frame in both wordings and the switch,
 * shown once it can work, picks one; the image link follows it.
 */
export function SubtypeMatrixFrame({
  shares,
  definitions,
  sources,
}: {
  shares: readonly PrevalenceRow[];
  definitions: readonly SubtypeDefinition[];
  sources: readonly Source[];
}) {
  const frame = (wording: Wording) => (
    <ChartFrame
      id="matrix"
      title={MATRIX_TITLE}
      takeaway={<GlossedText text={matrixTakeaway(shares)} terms={["her2-positive"]} />}
      controls={<LocalWordingSwitch />}
      table={
        <FigureTable
          caption={`${MATRIX_TITLE}: share of all new cases`}
          labelHeaders={["Subtype"]}
          valueHeader="Share of all new cases"
          rows={shares.map((row) => ({
            key: row.id,
            labels: [subtypeLabel(row)],
            valueText: formatFigure(row),
            period: row.period,
            periodKind: row.periodKind,
            note: row.value === null ? row.unavailableReason : row.note,
          }))}
        />
      }
      citations={citationsFor(shares, sources)}
      apiPath={`/api/prevalence?measure=percent-of-cases&by=subtype&period=${shares[0]?.period ?? ""}`}
      imagePath={wording === "details" ? "/api/charts/subtypes?wording=details" : "/api/charts/subtypes"}
      embed={{ chart: "subtypes", search: "" }}
    >
      <SubtypeMatrix shares={shares} definitions={definitions} sources={sources} withSource={false} wording={wording} />
    </ChartFrame>
  );
  return (
    <LocalWording>
      <ByWording plain={frame("plain")} details={frame("details")} />
    </LocalWording>
  );
}
