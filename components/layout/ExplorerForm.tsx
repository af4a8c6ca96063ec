"use client";
import type { ReactNode } from "react";
import type { View } from "@/lib/charts/url-state";
import type { Wording } from "@/lib/charts/wording";
import { WordingContext } from "./WordingContext";

export interface ExplorerFormProps {
  /** The page the form reloads without JavaScript, with the whole state in its query string. */
  action: string;
  className: string;
  view: View;
  /** The page's wording: every table, note and definition inside reads it (WordingContext). */
  wording: Wording;
  children: ReactNode;
}

/**
 * One GET form around a page's charts: without JavaScript any "Update" button reloads the page with
 * every control's state (and the open view) in the URL; with it, the explorer keeps state itself.
 * The wording switch sits with the first chart's controls, under the chart, so the answer comes first.
 */
export function ExplorerForm({ action, className, view, wording, children }: ExplorerFormProps) {
  return (
    <form method="get" action={action} onSubmit={(e) => e.preventDefault()} className={className}>
      {view !== "chart" && <input type="hidden" name="view" value={view} />}
      <WordingContext value={wording}>{children}</WordingContext>
    </form>
  );
}
