"use client";
import type { ReactNode } from "react";
import type { View } from "@/lib/charts/url-state";
import type { Wording } from "@/lib/charts/wording";
import { NoScriptSubmit } from "./NoScriptSubmit";
import { WordingSwitch } from "./WordingSwitch";

export interface ExplorerFormProps {
  /** The page the form reloads without JavaScript, with the whole state in its query string. */
  action: string;
  className: string;
  view: View;
  wording: Wording;
  onWordingChange: (wording: Wording) => void;
  children: ReactNode;
}

/**
 * One GET form around a page's charts: without JavaScript any "Update" button reloads the page with
 * every control's state (and the open view) in the URL; with it, the explorer keeps state itself.
 */
export function ExplorerForm({ action, className, view, wording, onWordingChange, children }: ExplorerFormProps) {
  return (
    <form method="get" action={action} onSubmit={(e) => e.preventDefault()} className={className}>
      {view !== "chart" && <input type="hidden" name="view" value={view} />}
      <div className="controls">
        <WordingSwitch wording={wording} onChange={onWordingChange} />
        <NoScriptSubmit />
      </div>
      {children}
    </form>
  );
}
