// When the API fails, every chart that refreshes its data in the browser keeps the server-rendered
// figures, says clearly what went wrong, offers a retry, and recovers once the API is back.
// A failed request logs a console error by design, so these tests do not ask for `consoleErrors`.
import type { Page, Request, Route } from "@playwright/test";
import { expect, test } from "./fixtures";
import { PAGES } from "../../scripts/pages.mjs";
import { REFRESH_TIMEOUT_MS } from "../../components/data/useDataset";
import { EMBEDDABLE_CHARTS } from "../../lib/embed";

/** Every page whose charts fetch from the API, the route they fetch, and a figure that must stay on screen. */
const FETCHING_PAGES = [
  { path: "/survival", api: "/api/survival", marks: "bar", count: 4, firstLabel: /^92\.5% of people/ },
  { path: "/prevalence", api: "/api/prevalence", marks: "bar", count: 34, firstLabel: /^69\.5% of all new breast cancers/ },
  { path: "/treatments", api: "/api/therapies", marks: "approval-mark", count: 20, firstLabel: /^Herceptin \(trastuzumab\), 25 Sep 1998/ },
] as const;

interface Failure {
  /** Answers (or leaves hanging) an intercepted request. */
  fail: (route: Route) => Promise<void>;
  /** Moves the page past anything it is waiting on before it can notice the failure. */
  wait?: (page: Page) => Promise<void>;
  message: string;
}

const FAILURES: Record<string, Failure> = {
  "a 500": { fail: (route) => route.fulfill({ status: 500, body: "{}" }), message: "The data service answered 500." },
  "malformed JSON": {
    fail: (route) => route.fulfill({ status: 200, contentType: "application/json", body: "{ not json" }),
    message: "The data service sent something unexpected.",
  },
  "a refused connection": { fail: (route) => route.abort("connectionrefused"), message: "The data service could not be reached." },
  "a network timeout": { fail: (route) => route.abort("timedout"), message: "The data service could not be reached." },
  // A request that is never answered: only the page's own timeout can turn it into an error.
  "a request that never answers": {
    fail: async () => {},
    wait: (page) => page.clock.fastForward(REFRESH_TIMEOUT_MS + 1_000),
    message: "The data service did not answer in time.",
  },
};

for (const { path, api, marks, count, firstLabel } of FETCHING_PAGES) {
  for (const [name, { fail, wait, message }] of Object.entries(FAILURES)) {
    test(`${path} survives ${name} from ${api} and recovers`, async ({ page }) => {
      let failing = true;
      await page.clock.install();
      await page.route(`**${api}`, (route) => (failing ? fail(route) : route.fallback()));
      const isRefresh = (request: Request) => new URL(request.url()).pathname === api;
      // The figures are in the server's HTML, so they show before the page has even asked the API.
      const requested = page.waitForRequest(isRefresh);
      await page.goto(path);
      const figures = page.getByTestId(marks);
      await expect(figures).toHaveCount(count);
      await requested;
      await wait?.(page);

      const status = page.getByTestId("data-error");
      await expect(status).toContainText(`Could not refresh these figures: ${message}`);
      await expect(status).toContainText("The numbers shown are the published ones");
      await expect(figures).toHaveCount(count);
      await expect(figures.first()).toHaveAttribute("aria-label", firstLabel);

      failing = false;
      const refreshed = page.waitForResponse((response) => isRefresh(response.request()) && response.ok());
      await status.getByRole("button", { name: "Retry" }).click();
      await refreshed;
      await expect(status).toHaveCount(0);
      await expect(figures).toHaveCount(count);
      await expect(figures.first()).toHaveAttribute("aria-label", firstLabel);
    });
  }
}

// The table above must name every page that fetches: a chart that starts fetching cannot slip past it.
test("every page that fetches from the API in the browser has its failure tests", async ({ page }) => {
  const visited = [...PAGES, ...Object.keys(EMBEDDABLE_CHARTS).map((chart) => `/embed/${chart}`)];
  const fetching: Record<string, string[]> = {};
  for (const path of visited) {
    const calls = new Set<string>();
    const record = (request: Request) => {
      const url = new URL(request.url());
      if (["fetch", "xhr"].includes(request.resourceType()) && url.pathname.startsWith("/api/")) calls.add(url.pathname);
    };
    page.on("request", record);
    await page.goto(path, { waitUntil: "networkidle" });
    page.off("request", record);
    if (calls.size > 0) fetching[path] = [...calls].sort();
  }
  expect(fetching).toEqual(Object.fromEntries(FETCHING_PAGES.map(({ path, api }) => [path, [api]])));
});

test("an unknown page is a friendly 404 with a way back", async ({ page }) => {
  const response = await page.goto("/no-such-page");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
  await expect(page.getByRole("link", { name: "Go to the overview" })).toBeVisible();
});
