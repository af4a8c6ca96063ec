import type { ChildProcess } from "node:child_process";
import { expect, test } from "@playwright/test";
import { startServer, stopServer, waitForServer } from "../../scripts/server.mjs";

// The deployment this issue describes: the built app behind a public name. A second server from the
// same build, told its public origin at run time, reached with that Host as a proxy would pass it.
const PUBLIC = "https://her2.example.org";
const PORT = Number(process.env.E2E_PORT ?? 3131) + 50;
const BASE = `http://127.0.0.1:${PORT}`;
const AS_PUBLIC = { headers: { host: "her2.example.org", "x-forwarded-host": "internal.proxy", "x-forwarded-proto": "http" } };

test.describe("served under a public origin", () => {
  test.describe.configure({ mode: "serial" });
  let server: ChildProcess;
  test.beforeAll(async () => {
    test.setTimeout(120_000);
    server = startServer(PORT, { SITE_URL: PUBLIC });
    await waitForServer(`${BASE}/api`, 110_000);
  });
  test.afterAll(async () => {
    if (server) await stopServer(server);
  });

  test("og:url, og:image, the oEmbed link and the embed snippet name the public origin", async ({ request }) => {
    // /survival's default view is rendered at start and served from memory; a view with a query is rendered now.
    for (const path of ["/survival", "/survival?measure=five-year-relative"]) {
      const html = await (await request.get(`${BASE}${path}`, AS_PUBLIC)).text();
      const meta = (property: string) => new RegExp(`<meta property="${property}" content="([^"]+)"`).exec(html)?.[1];
      expect(meta("og:url"), path).toBe(`${PUBLIC}/survival`);
      expect(meta("og:image"), path).toMatch(new RegExp(`^${PUBLIC}/api/charts/survival\\.png`));
      expect(/<link rel="alternate" type="application\/json\+oembed" href="([^"]+)"/.exec(html)?.[1], path).toMatch(new RegExp(`^${PUBLIC}/api/oembed\\?url=`));
      expect(html, path).toContain(`&lt;iframe src=&quot;${PUBLIC}/embed/survival`);
      expect(html, path).not.toMatch(/localhost|127\.0\.0\.1|internal\.proxy/);
    }
  });

  test("oEmbed answers for the public address and names it; other hosts are 404", async ({ request }) => {
    const answer = await request.get(`${BASE}/api/oembed?url=${encodeURIComponent(`${PUBLIC}/survival`)}`, AS_PUBLIC);
    expect(answer.status()).toBe(200);
    const body = await answer.json();
    expect(body.provider_url).toBe(PUBLIC);
    expect(body.html).toContain(`src="${PUBLIC}/embed/survival"`);
    for (const url of [`${BASE}/survival`, "https://internal.proxy/survival"]) {
      expect((await request.get(`${BASE}/api/oembed?url=${encodeURIComponent(url)}`, AS_PUBLIC)).status(), url).toBe(404);
    }
  });
});
