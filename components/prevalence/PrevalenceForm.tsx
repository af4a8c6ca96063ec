"use client";
import type { ReactNode } from "react";
import { ExplorerForm } from "@/components/layout/ExplorerForm";
import { type PrevalenceViewState, prevalenceSearch } from "@/lib/charts/prevalence-state";

/** The prevalence page's form: its state's address is prevalenceSearch's (a function stays on this side). */
export function PrevalenceForm({ state, children }: { state: PrevalenceViewState; children: ReactNode }) {
  return (
    <ExplorerForm action="/prevalence" className="prevalence-explorer" state={state} search={prevalenceSearch}>
      {children}
    </ExplorerForm>
  );
}
