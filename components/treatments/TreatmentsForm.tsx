"use client";
import { ExplorerForm, type PageFormProps } from "@/components/layout/ExplorerForm";
import { type TreatmentsViewState, treatmentsSearch } from "@/lib/charts/therapies-state";

/** The treatments page's form: its state's address is treatmentsSearch's. */
export function TreatmentsForm(props: PageFormProps<TreatmentsViewState>) {
  return <ExplorerForm action="/treatments" className="treatments-explorer" search={treatmentsSearch} {...props} />;
}
