import type { Page } from "@playwright/test";
import { EMBEDDABLE_CHARTS, type EmbeddableChart } from "../../lib/embed";
import { chromiumArgs, testChromiumPath } from "../../scripts/chromium.mjs";
import { expect, openChartTools, test } from "./fixtures";

// Both origins here are on loopback, which trips Chromium's local-network-access checks; between
// a real public site and ours they do not apply, so they are switched off for this file only.
test.use({
  launchOptions: {
    executablePath: testChromiumPath,
    args: [...chromiumArgs, "--disable-features=LocalNetworkAccessChecks,BlockInsecurePrivateNetworkRequests,PrivateNetworkAccessSendPreflights"],
  },
});

const CHARTS = ["survival", "compare", "prevalence", "subtypes", "testing", "treatments"] as const;
/** Another origin on loopback (Chromium blocks public pages from loading loopback resources). */
const embedderOf = (baseURL: string | undefined) => `${baseURL!.replace("127.0.0.1", "localhost")}/__embedder`;

/** Serves a page on the embedder origin whose body is `body` (with the Atlas resize script). */
async function serveEmbedder(page: Page, baseURL: string | undefined, body: string) {
  const EMBEDDER = embedderOf(baseURL);
  await page.route(`${EMBEDDER}/**`, (route) =>
    route.fulfill({
      contentType: "text/html",
      body: `<!doctype html><html lang="en"><title>Embedder</title><body><main><h1>Someone's talk</h1>${body}<script src="${baseURL}/embed.js" async></script></main></body></html>`,
    }),
  );
  await page.goto(`${EMBEDDER}/talk`);
}

const iframeHeight = (page: Page, selector = "iframe") => page.locator(selector).evaluate((el) => (el as HTMLIFrameElement).style.height);
/** The embedded document's own content height, measured inside the iframe. */
const contentHeight = (page: Page) =>
  page
    .frameLocator("iframe")
    .locator("body")
    .evaluate((body) => body.getBoundingClientRect().height);

test.describe("embeds", () => {
  test("the iframe shrinks to its content when it starts taller, and grows when it starts shorter", async ({ page, baseURL }) => {
    for (const start of [4000, 150]) {
      await serveEmbedder(
        page,
        baseURL,
        `<iframe src="${baseURL}/embed/prevalence" title="Chart" width="600" height="${start}" style="border:0" data-her2-atlas-embed></iframe>`,
      );
      await expect(page.frameLocator("iframe").locator("h1")).toBeVisible();
      await expect.poll(() => iframeHeight(page), { timeout: 10_000 }).not.toBe("");
      const content = await contentHeight(page);
      expect(content).toBeGreaterThan(300);
      expect(content).toBeLessThan(3000);
      await expect.poll(async () => Number((await iframeHeight(page)).replace("px", "")), { timeout: 10_000 }).toBe(Math.ceil(content));
    }
  });

  test("the iframe follows its content as it changes height, both ways", async ({ page, baseURL }) => {
    await serveEmbedder(
      page,
      baseURL,
      `<iframe src="${baseURL}/embed/subtypes" title="Chart" width="600" height="150" style="border:0" data-her2-atlas-embed></iframe>`,
    );
    await expect.poll(() => iframeHeight(page), { timeout: 10_000 }).not.toBe("");
    const before = Number((await iframeHeight(page)).replace("px", ""));
    const article = page.frameLocator("iframe").locator("article.embed");
    await article.evaluate((el) => el.insertAdjacentHTML("beforeend", '<div id="extra" style="height:500px"></div>'));
    await expect.poll(async () => Number((await iframeHeight(page)).replace("px", ""))).toBe(before + 500);
    await article.evaluate((el) => el.querySelector("#extra")?.remove());
    await expect.poll(async () => Number((await iframeHeight(page)).replace("px", ""))).toBe(before);
  });

  for (const chart of CHARTS) {
    test(`/embed/${chart} embedded on another origin resizes its iframe and shows the chart without the site chrome`, async ({ page, baseURL }) => {
      // A page on a different origin, served by route interception, embedding the chart with our snippet.
      const EMBEDDER = embedderOf(baseURL);
      await page.route(`${EMBEDDER}/**`, (route) =>
        route.fulfill({
          contentType: "text/html",
          body: `<!doctype html><html lang="en"><title>Embedder</title><body><main><h1>Someone's talk</h1>
            <iframe src="${baseURL}/embed/${chart}" title="Chart" loading="lazy" width="100%" height="150" style="border:0" data-her2-atlas-embed></iframe>
            <script src="${baseURL}/embed.js" async></script></main></body></html>`,
        }),
      );
      await page.goto(`${EMBEDDER}/talk`);
      const iframe = page.locator("iframe");
      await expect
        .poll(async () => Number((await iframe.evaluate((el) => (el as HTMLIFrameElement).style.height)).replace("px", "")), { timeout: 10_000 })
        .toBeGreaterThan(300);
      const frame = page.frameLocator("iframe");
      await expect(frame.locator("h1")).toBeVisible();
      await expect(frame.locator(".source-line, .subtype-matrix").first()).toBeAttached();
      await expect(frame.locator(".site-header")).toHaveCount(0);
    });
  }

  test("without embed.js, each embed's default view fits its snippet's height in a 640 px column", async ({ page }) => {
    await page.setViewportSize({ width: 640, height: 600 });
    const tooShort: string[] = [];
    for (const chart of Object.keys(EMBEDDABLE_CHARTS) as EmbeddableChart[]) {
      await page.goto(`/embed/${chart}`, { waitUntil: "networkidle" });
      const needed = await page.evaluate(() => document.documentElement.scrollHeight);
      if (needed > EMBEDDABLE_CHARTS[chart].height) tooShort.push(`${chart}: ${needed} px > ${EMBEDDABLE_CHARTS[chart].height}`);
    }
    expect(tooShort).toEqual([]);
  });

  test("an embed script that starts after the chart has reported (it loads async) still sizes the iframe", async ({ page, baseURL }) => {
    const EMBEDDER = embedderOf(baseURL);
    await page.route(`${EMBEDDER}/**`, (route) =>
      route.fulfill({
        contentType: "text/html",
        body: `<!doctype html><html lang="en"><title>Embedder</title><body><main>
          <iframe src="${baseURL}/embed/survival" title="Chart" width="100%" height="150" style="border:0" data-her2-atlas-embed></iframe></main></body></html>`,
      }),
    );
    await page.goto(`${EMBEDDER}/late`);
    // The chart has hydrated and reported its height to a page that was not listening yet.
    await expect(page.frameLocator("iframe").locator("html[data-hydrated]")).toBeAttached();
    expect(await iframeHeight(page)).toBe("");
    await page.evaluate((src) => document.body.append(Object.assign(document.createElement("script"), { src })), `${baseURL}/embed.js`);
    await expect.poll(async () => Number((await iframeHeight(page)).replace("px", "")), { timeout: 10_000 }).toBeGreaterThan(300);
  });

  test("a lazy embed below the fold: the script asks it nothing before it loads (no console error), and it sizes itself once it does", async ({
    page,
    baseURL,
  }) => {
    const EMBEDDER = embedderOf(baseURL);
    await page.route(`${EMBEDDER}/**`, (route) =>
      route.fulfill({
        contentType: "text/html",
        body: `<!doctype html><html lang="en"><title>Embedder</title><body><main><div style="height:5000px">Slides</div>
          <iframe src="${baseURL}/embed/survival" title="Chart" loading="lazy" width="100%" height="150" style="border:0" data-her2-atlas-embed></iframe>
          <script src="${baseURL}/embed.js"></script></main></body></html>`,
      }),
    );
    const errors: string[] = [];
    page.on("console", (message) => {
      if (message.type() === "error") errors.push(message.text());
    });
    await page.goto(`${EMBEDDER}/lazy`, { waitUntil: "load" });
    await page.waitForTimeout(500);
    expect(errors).toEqual([]);
    await page.locator("iframe").scrollIntoViewIfNeeded();
    await expect.poll(async () => Number((await iframeHeight(page)).replace("px", "")), { timeout: 10_000 }).toBeGreaterThan(300);
    expect(errors).toEqual([]);
  });

  test("pages other than embeds may only be framed by this site", async ({ request }) => {
    for (const path of ["/", "/survival", "/api/survival"]) {
      expect((await request.get(path)).headers()["content-security-policy"]).toContain("frame-ancestors 'self'");
    }
  });

  test("the resize script ignores messages from other origins", async ({ page, baseURL }) => {
    const EMBEDDER = embedderOf(baseURL);
    await page.route(`${EMBEDDER}/**`, (route) =>
      route.fulfill({
        contentType: "text/html",
        body: `<!doctype html><html lang="en"><title>E</title><body><iframe src="about:blank" title="x" height="150" data-her2-atlas-embed></iframe><script src="${baseURL}/embed.js"></script></body></html>`,
      }),
    );
    await page.goto(`${EMBEDDER}/x`);
    await page.evaluate(() => window.postMessage({ type: "her2-atlas:resize", height: 999 }, "*"));
    await page.waitForTimeout(200);
    expect(await page.locator("iframe").evaluate((el) => (el as HTMLIFrameElement).style.height)).toBe("");
  });

  test("the resize script ignores Atlas-origin messages from windows it did not mark, and of the wrong type", async ({ page, baseURL }) => {
    // The marked frame is about:blank (it never reports); the unmarked one is a real Atlas page.
    await serveEmbedder(
      page,
      baseURL,
      `<iframe id="marked" src="about:blank" title="a" height="150" data-her2-atlas-embed></iframe><iframe id="other" src="${baseURL}/embed/subtypes" title="b" height="150"></iframe>`,
    );
    await expect(page.frameLocator("#other").locator("h1")).toBeVisible();
    const atlasFrame = page.frames().find((frame) => frame.url().includes("/embed/subtypes"))!;
    await atlasFrame.evaluate(() => window.parent.postMessage({ type: "her2-atlas:resize", height: 999 }, "*"));
    await page.waitForTimeout(300);
    expect(await iframeHeight(page, "#marked")).toBe("");
    expect(await iframeHeight(page, "#other")).toBe("");
  });

  test("the resize script ignores messages of another type from its own iframe", async ({ page, baseURL }) => {
    await serveEmbedder(page, baseURL, `<iframe src="${baseURL}/embed/subtypes" title="Chart" height="150" data-her2-atlas-embed></iframe>`);
    await expect.poll(() => iframeHeight(page), { timeout: 10_000 }).not.toBe("");
    const settled = await iframeHeight(page);
    const frame = page.frames().find((f) => f.url().includes("/embed/subtypes"))!;
    await frame.evaluate(() => {
      window.parent.postMessage({ type: "someone-else:resize", height: 999 }, "*");
      window.parent.postMessage({ type: "her2-atlas:resize", height: "999" }, "*");
    });
    await page.waitForTimeout(300);
    expect(await iframeHeight(page)).toBe(settled);
  });

  test("chart pages advertise oEmbed and offer an embed snippet", async ({ page }) => {
    await page.goto("/survival?measure=five-year-relative", { waitUntil: "networkidle" });
    const href = await page.locator('link[type="application/json+oembed"]').getAttribute("href");
    const oembed = await (await page.request.get(href!)).json();
    expect(oembed.type).toBe("rich");
    // The survival chart's own snippet: the comparison below has one too.
    const chart = page.locator("#survival-chart");
    await openChartTools(chart);
    await chart.getByText("Embed", { exact: true }).click();
    await expect(chart.locator(".embed-snippet textarea")).toHaveValue(/<iframe src="http:\/\/127\.0\.0\.1:\d+\/embed\/survival\?measure=five-year-relative"/);
  });
});
