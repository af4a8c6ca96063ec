// What every page's URL state must do, asked of each page's parser in its own test file.
import { expect, it } from "vitest";
import type { SearchParams } from "@/lib/charts/url-state";

interface PageState<S> {
  parse: (params: SearchParams) => { state: S; notices: string[] };
  defaults: S;
  search: (state: S) => string;
}

/**
 * The empty query is the default view and back; each of `badValues` (unusable values by parameter, a
 * list standing for the parameter given twice), alone in a query, leaves the whole default view with
 * one notice naming the parameter; a hostile value of `hostile` is never echoed.
 */
export function itReadsLikeEveryPageState<S>(
  { parse, defaults, search }: PageState<S>,
  badValues: Record<string, (string | string[])[]>,
  hostile: string,
): void {
  const fallbacks: SearchParams[] = Object.entries(badValues).flatMap(([name, values]) => values.map((value) => ({ [name]: value })));

  it("an empty query is the default view, and the default has an empty query", () => {
    expect(parse({})).toEqual({ state: defaults, notices: [] });
    expect(search(defaults)).toBe("");
  });

  it.each(fallbacks)("falls back to the default with a notice for %o", (params) => {
    const [name] = Object.keys(params);
    expect(parse(params)).toEqual({ state: defaults, notices: [`The link's “${name}” setting was not recognised, so the default is shown.`] });
  });

  it("never echoes the bad value in the notice", () => {
    expect(parse({ [hostile]: "<img src=x onerror=alert(1)>" }).notices.join(" ")).not.toContain("<img");
  });
}
