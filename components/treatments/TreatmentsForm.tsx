"use client";
import type { ReactNode } from "react";
import { ExplorerForm } from "@/components/layout/ExplorerForm";
import { type TreatmentsViewState, treatmentsSearch } from "@/lib/charts/therapies-state";

/** The treatments page's form: its state's address is treatmentsSearch's (a function stays on this side). */
export function TreatmentsForm({ state, children }: { state: TreatmentsViewState; children: ReactNode }) {
  return (
    <ExplorerForm action="/treatments" className="treatments-explorer" state={state} search={treatmentsSearch}>
      {children}
    </ExplorerForm>
  );
}
