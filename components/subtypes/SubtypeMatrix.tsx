import { SourceLine } from "@/components/chart/SourceLine";
import { LegendSwatch } from "@/components/charts/LegendSwatch";
import type { LinkMode } from "@/components/layout/link-mode";
import { matrixView } from "@/lib/charts/subtype-matrix";
import type { Wording } from "@/lib/charts/wording";
import { citationsFor } from "@/lib/datasets/citations";
import type { PrevalenceRow, Source, SubtypeDefinition } from "@/lib/datasets/schemas";
import { SUBTYPES } from "@/lib/subtypes";
import { subtypeColorVar } from "@/lib/theme";
import { SubtypeLink } from "./SubtypeLink";

export interface SubtypeMatrixProps {
  shares: readonly PrevalenceRow[];
  definitions: readonly SubtypeDefinition[];
  sources: readonly Source[];
  /** False inside a ChartFrame, whose caption already carries the source line. */
  withSource?: boolean;
  /** "details" gives each cell the dataset's receptor rule in place of its plain name; the shares stay the same. */
  wording?: Wording;
  /** How each cell's label and the source line link (embeds open them in a new tab). */
  links?: LinkMode;
}

/**
 * The four subtypes as a 2×2 table (HR status down, HER2 status across), each with its share of cases.
 * A table rather than a scene: it wraps at any width and links each subtype; its words are
 * `matrixView`'s, which the image's scene (lib/charts/subtype-matrix-scene) draws too.
 */
export function SubtypeMatrix({ shares, definitions, sources, withSource = true, wording = "plain", links = "page" }: SubtypeMatrixProps) {
  const view = matrixView(shares, definitions, wording);

  return (
    <div>
      <div className="table-scroll">
        <table className="subtype-matrix" data-testid="subtype-matrix">
          <caption className="sr-only">The four subtypes by hormone-receptor (HR) status and HER2 status, with each one’s share of all new cases</caption>
          <thead>
            <tr>
              <td />
              {view.columns.map((column) => (
                <th scope="col" key={column}>
                  {column}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {view.rows.map((row) => (
              <tr key={row.hr}>
                <th scope="row">
                  {row.heading}
                  <span className="cell-plain">{row.receptors}</span>
                </th>
                {row.cells.map((cell) => {
                  const [hrPart, her2Part] = cell.label.split("/");
                  return (
                    <td key={cell.subtype} data-subtype={cell.subtype} style={{ borderTopColor: subtypeColorVar(cell.subtype) }}>
                      <span className="cell-label">
                        <LegendSwatch marker={SUBTYPES[cell.subtype].marker} color={subtypeColorVar(cell.subtype)} />
                        {/* A break opportunity after the slash lets "HR+/HER2+" wrap in a 320 px cell. */}
                        <SubtypeLink id={cell.subtype} mode={links}>
                          {hrPart}/<wbr />
                          {her2Part}
                        </SubtypeLink>
                      </span>
                      <span className="cell-plain">{cell.plain}</span>
                      <span className="cell-share">
                        {cell.share.figure && <strong>{cell.share.figure}</strong>}
                        {cell.share.rest}
                      </span>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="chart-note">{view.note}</p>
      {withSource && <SourceLine citations={citationsFor(shares, sources)} links={links} />}
    </div>
  );
}
