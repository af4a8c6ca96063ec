import { act, fireEvent, render, screen, within } from "@testing-library/react";
import { vi } from "vitest";
import { TestingView } from "@/components/flow/TestingView";
import { type CaseDraft, draftFromSearchParams, EMPTY_DRAFT } from "@/lib/her2/case-draft";
import { ULTRALOW_CHOICES } from "@/lib/her2/ihc-criteria";
import { paramsFrom } from "../../lib/her2/helpers";
import { serveNavigations } from "../explorer-router";

/** Stands in for Next's router: a test file mocks `next/navigation` with `{ useRouter: () => flowRouter }`. */
export const flowRouter = { replace: vi.fn() };

/** The flow as the page renders it; each answer's navigation renders the server's card for the new address again. */
export function renderFlow(draft: CaseDraft = EMPTY_DRAFT) {
  flowRouter.replace.mockReset();
  const view = render(<TestingView draft={draft} />);
  serveNavigations(flowRouter, (params) => view.rerender(<TestingView draft={draftFromSearchParams(params).draft} />));
  return view;
}

/** The desktop diagram (the phone one is the same graph, hidden by CSS). */
export function wideDiagram() {
  return within(screen.getByTestId("flow-wide"));
}

export function node(id: string): Element {
  const element = screen.getByTestId("flow-wide").querySelector(`[data-node="${id}"]`);
  if (!element) throw new Error(`no node ${id}`);
  return element;
}

/** Queries inside the stepper form only: label queries over the whole diagram are slow. */
export function stepper() {
  return within(screen.getByTestId("stepper"));
}

export function type(label: string | RegExp, value: string) {
  fireEvent.change(stepper().getByLabelText(label), { target: { value } });
}

/**
 * Answers the stepper the way a reader would, question by question, for a reference case's inputs
 * ("ihc=2+, ratio=1.5, copies=6.8"): only questions on screen can be answered.
 */
export function answerCase(inputs: string) {
  const params = paramsFrom(inputs);
  const ihc = params.get("ihc")?.trim();
  fireEvent.click(stepper().getByLabelText(ihc === undefined ? "Not done" : `IHC ${ihc}`));
  const ultralow = params.get("ultralow");
  if (ultralow === "true" || ultralow === "false") fireEvent.click(stepper().getByLabelText(ULTRALOW_CHOICES[ultralow]));
  if (params.get("assay") === "single") fireEvent.click(stepper().getByLabelText("Single-probe (HER2 only)"));
  const fields: [string, string][] = [
    ["ratio", "HER2/CEP17 ratio"],
    ["copies", "Average HER2 copies per cell"],
    ["cep17", "Average CEP17 signals per cell (optional)"],
    ["recountRatio", "Recount: HER2/CEP17 ratio"],
    ["recountCopies", "Recount: average HER2 copies per cell"],
  ];
  for (const [name, label] of fields) {
    const value = params.get(name);
    if (value !== null) type(label, value);
  }
}

/** Opens "Download or embed the diagram", as a reader's click does: its tools load on the first opening. */
export function openShare() {
  const details = screen.getByTestId("flow-share") as HTMLDetailsElement;
  return act(async () => {
    details.open = true;
    details.dispatchEvent(new Event("toggle"));
  });
}
