"use client";
import useSWR from "swr";
import type { DatasetName } from "@/lib/api/endpoints";

/** The API's envelope, checked by shape only: rows were validated against the zod schemas on the server. */
function readEnvelope<Row>(json: unknown, dataset: DatasetName): Row[] | null {
  if (!json || typeof json !== "object") return null;
  const envelope = json as { dataset?: unknown; data?: unknown };
  return envelope.dataset === dataset && Array.isArray(envelope.data) ? (envelope.data as Row[]) : null;
}

/**
 * A dataset from the public API, revalidated in the browser with the server's rows as fallback:
 * no loading flash, and if the API fails the server-rendered figures stay on screen.
 * (zod stays on the server: shipping it would add about 40 kB gzipped to every chart page.)
 */
export function useDataset<Row>(dataset: DatasetName, fallbackRows: Row[]) {
  const { data, error, isValidating, mutate } = useSWR(
    `/api/${dataset}`,
    async (url: string) => {
      const response = await fetch(url, { headers: { Accept: "application/json" } });
      if (!response.ok) throw new Error(`The data service answered ${response.status}.`);
      const rows = readEnvelope<Row>(await response.json().catch(() => null), dataset);
      if (!rows) throw new Error("The data service sent something unexpected.");
      return rows;
    },
    { fallbackData: fallbackRows, revalidateOnFocus: false, shouldRetryOnError: false },
  );
  return { rows: data ?? fallbackRows, error: error instanceof Error ? error : null, isValidating, retry: () => void mutate() };
}
