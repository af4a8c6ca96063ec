"use client";
import { ExplorerForm, type PageFormProps } from "@/components/layout/ExplorerForm";
import { type TrialViewState, trialSearch } from "@/lib/charts/trial-state";

/** The trials page's form: its state's address is trialSearch's. */
export function TrialForm(props: PageFormProps<TrialViewState>) {
  return <ExplorerForm action="/trials" className="trials-explorer" search={trialSearch} {...props} />;
}
