import type { ApprovalTableRow, BandTableRow } from "@/lib/charts/therapies";

/** The table view: every approval the timeline shows, in its order, with the text the chart shortens; then its bands. */
export function ApprovalTable({ caption, rows, bands }: { caption: string; rows: readonly ApprovalTableRow[]; bands: readonly BandTableRow[] }) {
  return (
    <>
      <table className="approval-table" data-testid="approval-table">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Drug</th>
            <th scope="col">Approved</th>
            <th scope="col">Class</th>
            <th scope="col">HER2 population</th>
            <th scope="col">Indication (summary)</th>
            <th scope="col">Pivotal trials</th>
            <th scope="col">Date seen in</th>
            <th scope="col">Notes</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key} data-id={row.key}>
              <th scope="row">{row.drug}</th>
              <td>{row.date}</td>
              <td>{row.drugClass}</td>
              <td>{row.populations}</td>
              <td className="indication">{row.indication}</td>
              <td>{row.trials}</td>
              <td>{row.seenIn}</td>
              <td className="notes">{row.notes}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {bands.length > 0 && (
        <table className="band-table" data-testid="band-table">
          <caption className="sr-only">Survival figures and the years of diagnosis behind them</caption>
          <thead>
            <tr>
              <th scope="col">Survival figure</th>
              <th scope="col">Diagnosed</th>
              <th scope="col">Approvals by the end of those years</th>
            </tr>
          </thead>
          <tbody>
            {bands.map((band) => (
              <tr key={band.key}>
                <th scope="row">{band.name}</th>
                <td className="nowrap">{band.diagnosed}</td>
                <td>{band.approvalsByThen}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
