"use client";
import { createContext, useContext, type ReactNode } from "react";
import type { View } from "@/lib/charts/url-state";

/**
 * Given by a page whose state lives in the URL: told when a reader opens or closes a table, so the
 * URL says view=table. Without it (a static page) the tables simply open and close.
 */
export const TableViewContext = createContext<((view: View) => void) | null>(null);

/**
 * A chart's table view. `open` is only where it starts (the URL's view): opening one table writes
 * the URL but does not spring open every other table on the page under the reader.
 */
export function TableView({ title, label, open, children }: { title: string; label: string; open: boolean; children: ReactNode }) {
  const onViewChange = useContext(TableViewContext);
  return (
    <details className="table-view" open={open} onToggle={onViewChange ? (event) => onViewChange(event.currentTarget.open ? "table" : "chart") : undefined}>
      <summary>{label}</summary>
      <div className="table-scroll" role="region" aria-label={`${title}: table`} tabIndex={0}>
        {children}
      </div>
    </details>
  );
}
