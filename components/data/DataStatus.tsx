"use client";
import type { DatasetName } from "@/lib/api/endpoints";
import { useDatasetRefresh } from "./useDataset";

/**
 * Shown when refreshing a chart's data failed: the figures on screen are still the published ones.
 * It reads the refresh state itself, so a refresh starting or ending re-renders this notice, not the charts.
 */
export function DataStatus({ dataset }: { dataset: DatasetName }) {
  const { error, retrying, retry } = useDatasetRefresh(dataset);
  if (!error) return null;
  return (
    <div className="notice" role="alert" data-testid="data-error">
      <p>
        Could not refresh these figures: {error.message} The numbers shown are the published ones loaded with the page.
      </p>
      <button type="button" className="button" onClick={retry} disabled={retrying}>
        {retrying ? "Retrying…" : "Retry"}
      </button>
    </div>
  );
}
