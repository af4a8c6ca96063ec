"use client";
import { ChartFrame } from "@/components/chart/ChartFrame";
import { FigureTable } from "@/components/chart/FigureTable";
import { GlossedText } from "@/components/glossary/GlossedText";
import { useLocalWording } from "@/components/layout/useLocalWording";
import { MATRIX_TITLE, matrixTakeaway } from "@/lib/charts/subtype-matrix";
import { citationsFor } from "@/lib/datasets/citations";
import type { PrevalenceRow, Source, SubtypeDefinition } from "@/lib/datasets/schemas";
import { formatFigure } from "@/lib/format";
import { SubtypeMatrix } from "./SubtypeMatrix";

/**
 * The /subtypes matrix in the shared frame. The frame, not SubtypeMatrix, carries the downloads:
 * /embed/subtypes shows the same matrix, and embeds carry none. The page is static, so the wording
 * lives here, and its switch appears once it can work (after hydration).
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
  const { wording, controls } = useLocalWording();
  return (
    <ChartFrame
      id="matrix"
      title={MATRIX_TITLE}
      takeaway={<GlossedText text={matrixTakeaway(shares)} terms={["her2-positive"]} />}
      controls={controls}
      table={
        <FigureTable
          caption={`${MATRIX_TITLE}: share of all new cases`}
          labelHeaders={["Subtype"]}
          valueHeader="Share of all new cases"
          rows={shares.map((row) => ({
            key: row.id,
            labels: [row.subtype ? { subtype: row.subtype } : ""],
            valueText: formatFigure(row),
            period: row.period,
            periodKind: row.periodKind,
            note: row.value === null ? row.unavailableReason : row.note,
          }))}
        />
      }
      citations={citationsFor(shares, sources)}
      apiPath={`/api/prevalence?measure=percent-of-cases&by=subtype&period=${shares[0]?.period ?? ""}`}
      imagePath="/api/charts/subtypes"
      embed={{ chart: "subtypes", search: "" }}
    >
      <SubtypeMatrix shares={shares} definitions={definitions} sources={sources} withSource={false} wording={wording} />
    </ChartFrame>
  );
}
