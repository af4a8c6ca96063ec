import { LegendSwatch } from "@/components/charts/LegendSwatch";
import { SourceLine } from "@/components/chart/SourceLine";
import { MATRIX_HER2, subtypeMatrix } from "@/lib/charts/subtype-matrix";
import { citationsFor } from "@/lib/datasets/citations";
import { formatPeriod } from "@/lib/datasets/dimensions";
import type { PrevalenceRow, Source, SubtypeDefinition } from "@/lib/datasets/schemas";
import { formatFigure } from "@/lib/format";
import { SUBTYPES } from "@/lib/subtypes";
import { subtypeColorVar } from "@/lib/theme";

/** The four subtypes as a 2×2 table (HR status down, HER2 status across), each with its share of cases. */
export function SubtypeMatrix({ shares, definitions, sources }: { shares: readonly PrevalenceRow[]; definitions: readonly SubtypeDefinition[]; sources: readonly Source[] }) {
  const matrix = subtypeMatrix(shares);
  const unknown = shares.find((row) => row.subtype === "unknown");
  const period = shares[0] ? formatPeriod(shares[0].period) : "";
  // "ER+ and/or PR+" for the HR-positive row, from the dataset's own definitions.
  const receptorsFor = (hr: "positive" | "negative") => definitions.find((d) => SUBTYPES[d.id].hr === hr)?.hormoneReceptors ?? "";

  return (
    <div>
      <div className="table-scroll">
        <table className="subtype-matrix" data-testid="subtype-matrix">
          <caption className="sr-only">The four subtypes by hormone-receptor (HR) status and HER2 status, with each one’s share of all new cases</caption>
          <thead>
            <tr>
              <td />
              {MATRIX_HER2.map((her2) => (
                <th scope="col" key={her2}>
                  HER2-{her2}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {matrix.map((row) => (
              <tr key={row.hr}>
                <th scope="row">
                  HR-{row.hr}
                  <span className="cell-plain">{receptorsFor(row.hr)}</span>
                </th>
                {row.cells.map((cell) => {
                  const subtype = SUBTYPES[cell.subtype];
                  const [hrPart, her2Part] = subtype.label.split("/");
                  return (
                    <td key={cell.subtype} data-subtype={cell.subtype} style={{ borderTopColor: subtypeColorVar(cell.subtype) }}>
                      <span className="cell-label">
                        <LegendSwatch marker={subtype.marker} color={subtypeColorVar(cell.subtype)} />
                        {/* A break opportunity after the slash lets "HR+/HER2+" wrap in a 320 px cell. */}
                        <span>
                          {hrPart}/<wbr />
                          {her2Part}
                        </span>
                      </span>
                      <span className="cell-plain">{subtype.plainName}</span>
                      <span className="cell-share">
                        {cell.share ? (
                          <>
                            <strong>{formatFigure(cell.share)}</strong> of new cases
                          </>
                        ) : (
                          "Share not available"
                        )}
                      </span>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="chart-note">
        Shares of all new breast cancers diagnosed in {period}.
        {unknown && unknown.value !== null ? ` The other ${formatFigure(unknown)} had unknown HR or HER2 status and fit no cell.` : ""}
      </p>
      <SourceLine citations={citationsFor(shares, sources)} />
    </div>
  );
}
