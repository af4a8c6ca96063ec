"use client";
import { useRouter } from "next/navigation";
import { createContext, type ReactNode, useContext, useEffect, useState, useTransition } from "react";
import { TableViewContext } from "@/components/chart/TableView";
import type { PageViewState, View } from "@/lib/charts/url-state";
import { useFocusAnchor } from "./useFocusAnchor";
import { announceUrlChange } from "./useUrlSearch";
import { WordingContext } from "./WordingContext";

interface ExplorerStateValue<S extends PageViewState> {
  /** The state the reader chose: ahead of the server's view while it is on its way. */
  state: S;
  update: (next: S) => void;
}

const ExplorerStateContext = createContext<ExplorerStateValue<PageViewState> | null>(null);

/** What a CheckboxGroup or RadioGroup takes to show and change one field of the state. */
export interface BoundField<V> {
  selected: V;
  onChange: (next: V) => void;
}

/**
 * The explorer's state and its setter, for a control inside an ExplorerForm; `bind(key)` gives a
 * group of choices the field's value and its setter (`<RadioGroup … {...bind("period")} />`).
 */
export function useExplorerState<S extends PageViewState>(): ExplorerStateValue<S> & { bind: <K extends keyof S>(key: K) => BoundField<S[K]> } {
  const value = useContext(ExplorerStateContext);
  if (!value) throw new Error("useExplorerState is for controls inside an ExplorerForm");
  const { state, update } = value as unknown as ExplorerStateValue<S>;
  return { state, update, bind: (key) => ({ selected: state[key], onChange: (next) => update({ ...state, [key]: next }) }) };
}

export interface ExplorerFormProps<S extends PageViewState> {
  /** The page the form reloads without JavaScript, with the whole state in its query string. */
  action: string;
  className: string;
  /** The state the server rendered the view for (read from the URL). */
  state: S;
  /** The state's query string, defaults left out: the address a change navigates to. */
  search: (state: S) => string;
  children: ReactNode;
}

/**
 * One GET form around a page's charts. The server computes every view: without JavaScript any
 * "Update" button reloads the page with every control's state (and the open view) in the URL; with
 * it, a control changes the state here at once (so the controls answer straight away) and asks the
 * server for the view at the new address, replacing the history entry (a filter is not a page).
 * The page's wording and table view follow the state the reader chose.
 */
export function ExplorerForm<S extends PageViewState>({ action, className, state: rendered, search, children }: ExplorerFormProps<S>) {
  const router = useRouter();
  const [, startTransition] = useTransition();
  const [state, setState] = useState(rendered);
  const renderedSearch = search(rendered);
  const [synced, setSynced] = useState(renderedSearch);
  // A new view from the server (this form's navigation, or a link to another state) resets the state to it.
  if (synced !== renderedSearch) {
    setSynced(renderedSearch);
    setState(rendered);
  }
  // The address has changed with the view: tell what shows it (the citation's link).
  // biome-ignore lint/correctness/useExhaustiveDependencies: the effect runs because the rendered view changed, which it does not read
  useEffect(() => announceUrlChange(), [renderedSearch]);
  const rememberFocus = useFocusAnchor(renderedSearch);

  const update = (next: S) => {
    rememberFocus();
    setState(next);
    const href = `${action}${search(next)}`;
    // The address answers at once, as the controls do (a link copied now is the view chosen); Next
    // takes the history entry over when the server's view arrives.
    window.history.replaceState(window.history.state, "", `${href}${window.location.hash}`);
    announceUrlChange();
    startTransition(() => router.replace(href, { scroll: false }));
  };
  const setView = (view: View) => {
    if (view !== state.view) update({ ...state, view });
  };
  return (
    <form method="get" action={action} onSubmit={(e) => e.preventDefault()} className={className}>
      {state.view !== "chart" && <input type="hidden" name="view" value={state.view} />}
      <ExplorerStateContext value={{ state, update } as unknown as ExplorerStateValue<PageViewState>}>
        <TableViewContext value={setView}>
          <WordingContext value={state.wording}>{children}</WordingContext>
        </TableViewContext>
      </ExplorerStateContext>
    </form>
  );
}

/** What a page's form takes: the page binds the rest (its address and its state's query string) on the client side, since a function cannot be a server component's prop. */
export type PageFormProps<S extends PageViewState> = Pick<ExplorerFormProps<S>, "state" | "children">;
