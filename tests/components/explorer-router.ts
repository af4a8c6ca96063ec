// The explorers ask Next's router for the server's view of a new state (ExplorerForm). In jsdom there
// is no server: these stand in for it, rendering the explorer again for the state its new address names.
import { type RenderResult, render } from "@testing-library/react";
import type { ReactElement } from "react";
import { afterEach, expect, type Mock, vi } from "vitest";
import type { SearchParams } from "@/lib/charts/url-state";

/** An address's query as a page receives it: a key given twice becomes a list. */
export function searchParamsOf(href: string): SearchParams {
  const params: Record<string, string | string[]> = {};
  for (const [key, value] of new URL(href, "http://localhost").searchParams) {
    const seen = params[key];
    params[key] = seen === undefined ? value : [...(Array.isArray(seen) ? seen : [seen]), value];
  }
  return params;
}

/**
 * Answers each navigation of a stand-in router (`vi.mock("next/navigation", …)` giving `{ replace }`)
 * as Next and the server do: the address changes, and the explorer is rendered again for its query.
 */
export function serveNavigations(router: { replace: Mock }, renderAt: (params: SearchParams) => void): void {
  router.replace.mockImplementation((href: string) => {
    window.history.replaceState(null, "", href);
    renderAt(searchParamsOf(href));
  });
}

/**
 * The render function of an explorer's tests: it renders the explorer for a state (the default
 * unless given) and serves its navigations. After each test the router, the address and any
 * stubbed global are reset.
 */
export function explorerRenderer<S>(
  router: { replace: Mock },
  explorer: (state: S) => ReactElement,
  parse: (params: SearchParams) => { state: S },
  defaults: S,
): (state?: S) => RenderResult {
  afterEach(() => {
    vi.unstubAllGlobals();
    router.replace.mockReset();
    window.history.replaceState(null, "", "/");
  });
  return (state = defaults) => {
    const view = render(explorer(state));
    serveNavigations(router, (params) => view.rerender(explorer(parse(params).state)));
    return view;
  };
}

/**
 * Stands in for fetch, to show that an explorer renders the figures the server sent and asks the API
 * for nothing: the check it returns waits past the first paint (any refetch would have started by
 * then) and expects no call.
 */
export function watchFetch(): () => Promise<void> {
  const fetchSpy = vi.fn();
  vi.stubGlobal("fetch", fetchSpy);
  return async () => {
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(fetchSpy).not.toHaveBeenCalled();
  };
}
