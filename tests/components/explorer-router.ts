// The explorers ask Next's router for the server's view of a new state (ExplorerForm). In jsdom there
// is no server: these stand in for it, rendering the explorer again for the state its new address names.
import type { Mock } from "vitest";
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
