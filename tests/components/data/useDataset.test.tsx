import { act, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { SWRConfig } from "swr";
import { afterEach, describe, expect, it, vi } from "vitest";
import { DataStatus } from "@/components/data/DataStatus";
import { useDatasetRows } from "@/components/data/useDataset";

interface Row {
  id: string;
  value: number;
}
const SERVER_ROWS: Row[] = [{ id: "a", value: 1 }];

/** A consumer that counts its renders, beside the refresh notice, as the explorers use them. */
function renderExplorerLike() {
  const renders: Row[][] = [];
  function Figures() {
    const rows = useDatasetRows<Row>("survival", SERVER_ROWS);
    renders.push(rows);
    return <p data-testid="figures">{rows.map((row) => `${row.id}=${row.value}`).join(" ")}</p>;
  }
  render(
    <SWRConfig value={{ provider: () => new Map(), dedupingInterval: 0 }}>
      <DataStatus dataset="survival" />
      <Figures />
    </SWRConfig>,
  );
  return renders;
}

/** A fetch whose answers the test hands out one at a time. */
function controlledFetch() {
  const answers: ((response: Response) => void)[] = [];
  const fetch = vi.fn(() => new Promise<Response>((resolve) => answers.push(resolve)));
  vi.stubGlobal("fetch", fetch);
  const answer = async (status: number, body: unknown) => {
    await waitFor(() => expect(answers.length).toBeGreaterThan(0));
    await act(async () => answers.shift()!(new Response(JSON.stringify(body), { status })));
  };
  return { fetch, answer };
}
const envelope = (data: Row[]) => ({ dataset: "survival", data });

afterEach(() => vi.unstubAllGlobals());

describe("useDatasetRows and DataStatus", () => {
  it("share one request, and a refresh that brings the same rows does not render the figures again", async () => {
    const { fetch, answer } = controlledFetch();
    const renders = renderExplorerLike();
    await answer(200, envelope([{ id: "a", value: 1 }]));
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(fetch).toHaveBeenCalledWith("/api/survival", expect.anything());
    expect(renders).toHaveLength(1);
    expect(screen.queryByTestId("data-error")).toBeNull();
  });

  it("render the figures again when the refreshed rows differ", async () => {
    const { answer } = controlledFetch();
    renderExplorerLike();
    expect(screen.getByTestId("figures")).toHaveTextContent("a=1");
    await answer(200, envelope([{ id: "a", value: 2 }]));
    expect(screen.getByTestId("figures")).toHaveTextContent("a=2");
  });

  it("a failed refresh shows the notice and keeps the server's rows; retry clears it", async () => {
    const { fetch, answer } = controlledFetch();
    const renders = renderExplorerLike();
    await answer(500, {});
    expect(await screen.findByRole("alert")).toHaveTextContent("The data service answered 500.");
    expect(screen.getByTestId("figures")).toHaveTextContent("a=1");
    expect(renders).toHaveLength(1);

    fireEvent.click(screen.getByRole("button", { name: "Retry" }));
    expect(screen.getByRole("button", { name: "Retrying…" })).toBeDisabled();
    await answer(200, envelope([{ id: "a", value: 1 }]));
    await waitFor(() => expect(screen.queryByRole("alert")).toBeNull());
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it("an answer for another dataset counts as a failure, not as rows", async () => {
    const { answer } = controlledFetch();
    renderExplorerLike();
    await answer(200, { dataset: "prevalence", data: [] });
    expect(await screen.findByRole("alert")).toHaveTextContent("The data service sent something unexpected.");
    expect(screen.getByTestId("figures")).toHaveTextContent("a=1");
  });
});
