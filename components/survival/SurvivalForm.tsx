"use client";
import type { ReactNode } from "react";
import { ExplorerForm } from "@/components/layout/ExplorerForm";
import { type SurvivalViewState, survivalSearch } from "@/lib/charts/survival-state";

/** The survival page's form: its state's address is survivalSearch's (a function stays on this side). */
export function SurvivalForm({ state, children }: { state: SurvivalViewState; children: ReactNode }) {
  return (
    <ExplorerForm action="/survival" className="survival-explorer" state={state} search={survivalSearch}>
      {children}
    </ExplorerForm>
  );
}
