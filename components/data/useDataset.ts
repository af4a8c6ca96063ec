"use client";
import useSWR from "swr";
import { z } from "zod";

/**
 * A dataset from the public API, revalidated in the browser with the server's rows as fallback:
 * no loading flash, and if the API fails the server-rendered figures stay on screen.
 */
export function useDataset<Schema extends z.ZodType>(path: string, rowSchema: Schema, fallbackRows: z.output<Schema>[]) {
  const envelope = z.object({ data: z.array(rowSchema) });
  const { data, error, isValidating, mutate } = useSWR(
    path,
    async (url: string) => {
      const response = await fetch(url, { headers: { Accept: "application/json" } });
      if (!response.ok) throw new Error(`The data service answered ${response.status}.`);
      const parsed = envelope.safeParse(await response.json().catch(() => null));
      if (!parsed.success) throw new Error("The data service sent something unexpected.");
      return parsed.data.data;
    },
    { fallbackData: fallbackRows, revalidateOnFocus: false, shouldRetryOnError: false },
  );
  return { rows: data ?? fallbackRows, error: error instanceof Error ? error : null, isValidating, retry: () => void mutate() };
}
