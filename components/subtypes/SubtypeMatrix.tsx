import { SourceLine } from "@/components/chart/SourceLine";
import { LegendSwatch } from "@/components/charts/LegendSwatch";
import { cellShare, MATRIX_HER2, matrixNote, receptorsFor, subtypeMatrix } from "@/lib/charts/subtype-matrix";
import type { Wording } from "@/lib/charts/wording";
import { citationsFor } from "@/lib/datasets/citations";
import type { PrevalenceRow, Source, SubtypeDefinition } from "@/lib/datasets/schemas";
import { SUBTYPES } from "@/lib/subtypes";
import { subtypeColorVar } from "@/lib/theme";
import { SubtypeLink, type SubtypeLinkMode } from "./SubtypeLink";

export interface SubtypeMatrixProps {
  shares: readonly PrevalenceRow[];
  definitions: readonly SubtypeDefinition[];
  sources: readonly Source[];
  /** False inside a ChartFrame, whose caption already carries the source line. */
  withSource?: boolean;
  /** "details" gives each cell the dataset's receptor rule in place of its plain name; the shares stay the same. */
  wording?: Wording;
  /** How each cell's label links to its subtype's page (embeds open it in a new tab). */
  links?: SubtypeLinkMode;
}

/** The four subtypes as a 2×2 table (HR status down, HER2 status across), each with its share of cases. */
export function SubtypeMatrix({ shares, definitions, sources, withSource = true, wording = "plain", links = "page" }: SubtypeMatrixProps) {
  const matrix = subtypeMatrix(shares);

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
                  <span className="cell-plain">{receptorsFor(definitions, row.hr)}</span>
                </th>
                {row.cells.map((cell) => {
                  const subtype = SUBTYPES[cell.subtype];
                  const [hrPart, her2Part] = subtype.label.split("/");
                  const share = cellShare(cell);
                  return (
                    <td key={cell.subtype} data-subtype={cell.subtype} style={{ borderTopColor: subtypeColorVar(cell.subtype) }}>
                      <span className="cell-label">
                        <LegendSwatch marker={subtype.marker} color={subtypeColorVar(cell.subtype)} />
                        {/* A break opportunity after the slash lets "HR+/HER2+" wrap in a 320 px cell. */}
                        <SubtypeLink id={cell.subtype} mode={links}>
                          {hrPart}/<wbr />
                          {her2Part}
                        </SubtypeLink>
                      </span>
                      <span className="cell-plain">
                        {wording === "details" ? (definitions.find((d) => d.id === cell.subtype)?.rule ?? subtype.plainName) : subtype.plainName}
                      </span>
                      <span className="cell-share">
                        {share.figure && <strong>{share.figure}</strong>}
                        {share.rest}
                      </span>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="chart-note">{matrixNote(shares)}</p>
      {withSource && <SourceLine citations={citationsFor(shares, sources)} />}
    </div>
  );
}
