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

/**
 * A dataset from the public API, revalidated in the browser with the server's rows as fallback:
 * no loading flash, and if the API fails the server-rendered figures stay on screen.
 * (zod stays on the server: shipping it would add about 40 kB gzipped to every chart page.)
 */
export function useDataset<Row>(dataset: DatasetName, fallbackRows: Row[]) {
  const { data, error, isValidating, mutate } = useSWR(`/api/${dataset}`, (url: string) => fetchRows<Row>(url, dataset), {
    fallbackData: fallbackRows,
    revalidateOnFocus: false,
    shouldRetryOnError: false,
  });
  return { rows: data ?? fallbackRows, error: error instanceof Error ? error : null, isValidating, retry: () => void mutate() };
}
