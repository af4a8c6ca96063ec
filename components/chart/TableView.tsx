"use client";
import { createContext, type ReactNode, useContext, useState } from "react";
import { ScrollRegion } from "@/components/layout/ScrollRegion";
import { useWording } from "@/components/layout/WordingContext";
import type { View } from "@/lib/charts/url-state";

/**
 * Given by a page whose state lives in the URL: told when a reader opens or closes a table, so the
 * URL says view=table. Without it (a static page) the tables simply open and close.
 */
export const TableViewContext = createContext<((view: View) => void) | null>(null);

/**
 * A chart's table view. `open` is only where it starts (the URL's view): opening one table writes
 * the URL, and the server's view for it (view=table) does not spring open every other table on the
 * page under the reader. The "details"
 * wording shows the table outright, with no toggle to write the URL.
 */
export function TableView({ title, label, open, children }: { title: string; label: string; open: boolean; children: ReactNode }) {
  const onViewChange = useContext(TableViewContext);
  const [startsOpen] = useState(open);
  const expanded = useWording() === "details";
  const region = <ScrollRegion label={`${title}: table`}>{children}</ScrollRegion>;
  if (expanded) return <div className="table-view is-expanded">{region}</div>;
  return (
    <details
      className="table-view"
      open={startsOpen}
      onToggle={onViewChange ? (event) => onViewChange(event.currentTarget.open ? "table" : "chart") : undefined}
    >
      <summary>{label}</summary>
      {region}
    </details>
  );
}
