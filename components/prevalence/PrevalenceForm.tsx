"use client";
import { ExplorerForm, type PageFormProps } from "@/components/layout/ExplorerForm";
import { type PrevalenceViewState, prevalenceSearch } from "@/lib/charts/prevalence-state";

/** The prevalence page's form: its state's address is prevalenceSearch's. */
export function PrevalenceForm(props: PageFormProps<PrevalenceViewState>) {
  return <ExplorerForm action="/prevalence" className="prevalence-explorer" search={prevalenceSearch} {...props} />;
}
