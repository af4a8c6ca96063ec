import { expect, test } from "./fixtures";
import { test as plainTest } from "@playwright/test";

// The chart keeps the server-rendered figures, shows a clear error with a retry, and recovers.
const FAILURES = {
  "a 500": (route: import("@playwright/test").Route) => route.fulfill({ status: 500, body: "{}" }),
  "malformed JSON": (route: import("@playwright/test").Route) => route.fulfill({ status: 200, contentType: "application/json", body: "{ not json" }),
  "a network failure": (route: import("@playwright/test").Route) => route.abort("timedout"),
};

for (const [name, fail] of Object.entries(FAILURES)) {
  plainTest(`survival chart survives ${name} from the API and recovers`, async ({ page }) => {
    let failing = true;
    await page.route("**/api/survival", (route) => (failing ? fail(route) : route.fallback()));
    await page.goto("/survival");
    await expect(page.getByTestId("data-error")).toBeVisible();
    await expect(page.getByTestId("bar")).toHaveCount(4);
    await expect(page.getByTestId("bar").first()).toContainText("92.5%");
    failing = false;
    await page.getByRole("button", { name: "Retry" }).click();
    await expect(page.getByTestId("data-error")).toHaveCount(0);
    await expect(page.getByTestId("bar").first()).toContainText("92.5%");
  });
}

plainTest("an unknown page is a friendly 404 with a way back", async ({ page }) => {
  const response = await page.goto("/no-such-page");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
  await expect(page.getByRole("link", { name: "Go to the overview" })).toBeVisible();
});
