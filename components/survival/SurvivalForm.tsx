"use client";
import { ExplorerForm, type PageFormProps } from "@/components/layout/ExplorerForm";
import { type SurvivalViewState, survivalSearch } from "@/lib/charts/survival-state";

/** The survival page's form: its state's address is survivalSearch's. */
export function SurvivalForm(props: PageFormProps<SurvivalViewState>) {
  return <ExplorerForm action="/survival" className="survival-explorer" search={survivalSearch} {...props} />;
}
