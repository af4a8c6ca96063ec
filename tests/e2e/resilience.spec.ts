// The server renders every chart's figures into the page, so no page asks the API for data it already
// holds: an API that fails or hangs cannot touch a page's figures, and a reader's controls recompute
// the view from those same rows. Nothing on a page fetches from /api/ on load (the stepper and the batch
// tool classify in the browser), so there is no refresh to fail; a chart that starts fetching fails here.
import type { Page, Request } from "@playwright/test";
import { EMBEDDABLE_CHARTS } from "../../lib/embed";
import { PAGES } from "../../scripts/pages.mjs";
import { expect, test } from "./fixtures";

/** The explorer pages that once refetched their dataset in the browser, and a figure the server renders. */
const EXPLORER_PAGES = [
  { path: "/survival", marks: "bar", count: 4, firstLabel: /^92\.5% of people/ },
  { path: "/prevalence", marks: "bar", count: 34, firstLabel: /^69\.5% of all new breast cancers/ },
  { path: "/treatments", marks: "approval-mark", count: 20, firstLabel: /^Herceptin \(trastuzumab\), 25 Sep 1998/ },
] as const;

/** Records every fetch or XHR the page makes to /api/ until `stop`. */
function recordApiCalls(page: Page): { calls: Set<string>; stop: () => void } {
  const calls = new Set<string>();
  const record = (request: Request) => {
    const url = new URL(request.url());
    if (["fetch", "xhr"].includes(request.resourceType()) && url.pathname.startsWith("/api/")) calls.add(url.pathname);
  };
  page.on("request", record);
  return { calls, stop: () => page.off("request", record) };
}

for (const { path, marks, count, firstLabel } of EXPLORER_PAGES) {
  test(`${path} shows the server's figures with every /api/ route down, and never asks the API for them`, async ({ page }) => {
    // Every API answer fails: the figures must not depend on one.
    await page.route("**/api/**", (route) => route.fulfill({ status: 500, body: "{}" }));
    const { calls } = recordApiCalls(page);
    await page.goto(path, { waitUntil: "networkidle" });
    const figures = page.getByTestId(marks);
    await expect(figures).toHaveCount(count);
    await expect(figures.first()).toHaveAttribute("aria-label", firstLabel);
    expect([...calls]).toEqual([]);
  });
}

// A chart that starts fetching its data in the browser would need failure states again: none may slip in.
test("no page or embed fetches from the API when it loads", async ({ page }) => {
  const visited = [...PAGES, ...Object.keys(EMBEDDABLE_CHARTS).map((chart) => `/embed/${chart}`)];
  const fetching: Record<string, string[]> = {};
  for (const path of visited) {
    const { calls, stop } = recordApiCalls(page);
    await page.goto(path, { waitUntil: "networkidle" });
    stop();
    if (calls.size > 0) fetching[path] = [...calls].sort();
  }
  expect(fetching).toEqual({});
});

test("an unknown page is a friendly 404 with a way back, and its tab says so", async ({ page }) => {
  const response = await page.goto("/no-such-page");
  expect(response?.status()).toBe(404);
  await expect(page).toHaveTitle("Page not found · HER2 Atlas");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
  await expect(page.getByRole("link", { name: "Go to the overview" })).toBeVisible();
});
