"use client";
import useSWR from "swr";
import type { DatasetName } from "@/lib/api/endpoints";

/**
 * How long a refresh may take before the chart says it failed: a hung API would otherwise leave the
 * request pending for ever, with no error and no retry on screen.
 */
export const REFRESH_TIMEOUT_MS = 10_000;

/** The API's envelope, checked by shape only: rows were validated against the zod schemas on the server. */
function readEnvelope<Row>(json: unknown, dataset: DatasetName): Row[] | null {
  if (!json || typeof json !== "object") return null;
  const envelope = json as { dataset?: unknown; data?: unknown };
  return envelope.dataset === dataset && Array.isArray(envelope.data) ? (envelope.data as Row[]) : null;
}

async function fetchRows<Row>(url: string, dataset: DatasetName): Promise<Row[]> {
  // A timer rather than AbortSignal.timeout, so tests can move the page's clock past it.
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), REFRESH_TIMEOUT_MS);
  try {
    const response = await fetch(url, { headers: { Accept: "application/json" }, signal: controller.signal });
    if (!response.ok) throw new Error(`The data service answered ${response.status}.`);
    const rows = readEnvelope<Row>(await response.json().catch(() => null), dataset);
    if (!rows) throw new Error("The data service sent something unexpected.");
    return rows;
  } catch (error) {
    // The browser's own wording ("Failed to fetch", "signal is aborted") tells a reader nothing.
    if (controller.signal.aborted) throw new Error("The data service did not answer in time.");
    if (error instanceof TypeError) throw new Error("The data service could not be reached.");
    throw error;
  } finally {
    clearTimeout(timer);
  }
}

const refreshOptions = { revalidateOnFocus: false, shouldRetryOnError: false };
const datasetUrl = (dataset: DatasetName) => `/api/${dataset}`;
const fetcherFor =
  <Row>(dataset: DatasetName) =>
  (url: string) =>
    fetchRows<Row>(url, dataset);

/**
 * A dataset's rows from the public API, revalidated in the browser with the server's rows as
 * fallback: no loading flash, and if the API fails the server-rendered figures stay on screen.
 * (zod stays on the server: shipping it would add about 40 kB gzipped to every chart page.)
 *
 * Only the rows are read here: SWR re-renders a component for the fields it reads, so the charts
 * render again only when the figures change, not when a refresh starts or ends.
 */
export function useDatasetRows<Row>(dataset: DatasetName, fallbackRows: Row[]): Row[] {
  const { data } = useSWR(datasetUrl(dataset), fetcherFor<Row>(dataset), { ...refreshOptions, fallbackData: fallbackRows });
  return data ?? fallbackRows;
}

/** The same dataset's refresh state (shared with useDatasetRows by SWR's cache, one request between them). */
export function useDatasetRefresh(dataset: DatasetName) {
  const { error, isValidating, mutate } = useSWR(datasetUrl(dataset), fetcherFor(dataset), refreshOptions);
  return { error: error instanceof Error ? error : null, retrying: isValidating, retry: () => void mutate() };
}
