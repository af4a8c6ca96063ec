// Hostile requests against the real server, where Next's own routing runs before any handler: paths
// whose percent escapes do not decode, methods a route does not implement or Next cannot route,
// bodies that must be refused before they are parsed, and links with a flood of unknown settings.
import { expect, test } from "@playwright/test";

const JSON_TYPE = "application/json; charset=utf-8";

const API_PATHS = ["/api/charts/%ZZ.png", "/api/cards/%.png", "/api/%ZZ", "/api/survival%ZZ", "/api/charts/%E0%A4%A.png", "/api/charts/%FF.png"];
const PAGE_PATHS = ["/embed/%ZZ", "/embed/survival%ZZ", "/%ZZ", "/survival%E9", "/embed/%C3%28"];

for (const path of API_PATHS) {
  test(`${path} is a JSON 400 with the security headers, not a bare 500`, async ({ request }) => {
    const response = await request.get(path);
    expect(response.status()).toBe(400);
    expect(response.headers()["content-type"]).toBe(JSON_TYPE);
    expect(response.headers()["x-content-type-options"]).toBe("nosniff");
    expect(response.headers()["content-security-policy"]).toContain("frame-ancestors 'self'");
    const { error } = (await response.json()) as { error: { parameter: null; message: string } };
    expect(error.parameter).toBeNull();
    expect(error.message).toMatch(/malformed percent escape/);
  });
}

for (const path of PAGE_PATHS) {
  test(`${path} is the site's not-found page with the security headers`, async ({ request }) => {
    const response = await request.get(path);
    expect(response.status()).toBe(404);
    expect(response.headers()["content-type"]).toMatch(/^text\/html/);
    expect(response.headers()["content-security-policy"]).toContain(`frame-ancestors ${path.startsWith("/embed/") ? "*" : "'self'"}`);
    // Under /embed it is the answer an unknown chart gets (/embed/no-such-chart): Next streams the
    // not-found heading in the page's payload rather than as server-rendered markup.
    expect(await response.text()).toContain(path.startsWith("/embed/") ? "Page not found" : "<h1>Page not found</h1>");
  });
}

test("a path whose escapes decode is served as before", async ({ request }) => {
  expect((await request.get("/api/charts/survival%2Esvg")).status()).toBe(200);
  expect((await request.get("/embed/survival?stage=%ZZ")).status()).toBe(200);
});

test("PUT, PATCH and DELETE on an /api route are a JSON 405 with Allow", async ({ request }) => {
  for (const method of ["PUT", "PATCH", "DELETE"]) {
    const response = await request.fetch("/api/survival", { method });
    expect(response.status(), method).toBe(405);
    expect(response.headers().allow).toBe("GET, HEAD, OPTIONS");
    expect(response.headers()["content-type"]).toBe(JSON_TYPE);
    expect(((await response.json()) as { error: { message: string } }).error.message).toBe(`This route does not answer ${method}.`);
  }
  const post = await request.fetch("/api/charts/survival.png", { method: "POST", data: "[]" });
  expect(post.status()).toBe(405);
  expect((await request.fetch("/api/her2-status", { method: "DELETE" })).headers().allow).toBe("GET, HEAD, POST, OPTIONS");
});

// Next answers these itself before any route runs (a bare 400, or a 500 for TRACE): the server hands them on.
test("TRACE, PROPFIND, SEARCH, MKCOL and LINK on /api are the same JSON 405 with Allow, or the JSON 404", async ({ request }) => {
  for (const method of ["TRACE", "PROPFIND", "SEARCH", "MKCOL", "LINK"]) {
    for (const [path, allow] of [
      ["/api/subtypes", "GET, HEAD, OPTIONS"],
      ["/api/her2-status?ihc=3", "GET, HEAD, POST, OPTIONS"],
    ] as const) {
      const response = await request.fetch(path, { method });
      expect(response.status(), `${method} ${path}`).toBe(405);
      expect(response.headers().allow).toBe(allow);
      expect(response.headers()["content-type"]).toBe(JSON_TYPE);
      expect(((await response.json()) as { error: { message: string } }).error.message).toBe(`This route does not answer ${method}.`);
    }
    const unknown = await request.fetch("/api/nope", { method });
    expect(unknown.status(), `${method} /api/nope`).toBe(404);
    expect(unknown.headers()["content-type"]).toBe(JSON_TYPE);
  }
});

test("a batch sent as text/plain is a 415 naming application/json", async ({ request }) => {
  const response = await request.post("/api/her2-status", { data: '[{"ihc":"3+"}]', headers: { "Content-Type": "text/plain" } });
  expect(response.status()).toBe(415);
  expect(((await response.json()) as { error: { allowed: string[] } }).error.allowed).toEqual(["application/json"]);
});

test("4 MB of nested arrays is refused with a 400 while other requests are answered", async ({ request }) => {
  const body = `${"[".repeat(2_000_000)}${"]".repeat(2_000_000)}`;
  const refused = request.post("/api/her2-status", { data: body, headers: { "Content-Type": "application/json" } });
  const others = Array.from({ length: 10 }, (_, i) => request.get(i % 2 ? "/api/survival" : "/api/her2-status?ihc=3%2B"));
  const [response, ...answers] = await Promise.all([refused, ...others]);
  expect(response!.status()).toBe(400);
  expect(((await response!.json()) as { error: { message: string } }).error.message).toMatch(/^The body nests arrays or objects more than 8 deep/);
  for (const answer of answers) expect(answer.status()).toBe(200);
});

test("an embed given dozens of long unknown settings shows a few short notices", async ({ page }) => {
  // About 7 kB of names: long, but within the request line Node accepts.
  const query = Array.from({ length: 60 }, (_, i) => `${i}${"z".repeat(120)}=1`).join("&");
  const response = await page.goto(`/embed/subtypes?${query}`);
  expect(response?.status()).toBe(200);
  const lines = page.getByTestId("url-notice").locator("p");
  await expect(lines).toHaveCount(5);
  await expect(lines.first()).toHaveText(`The link's “0${"z".repeat(15)}…” setting was not recognised, so the default is shown.`);
  await expect(lines.last()).toHaveText("The link has 56 more settings that could not be used, so their defaults are shown.");
  await expect(page.getByTestId("subtype-matrix")).toBeVisible();
});

/** One request line written to the real server as is (a client would not send these). */
async function rawRequest(baseURL: string, requestLine: string): Promise<{ status: number; text: string }> {
  const { port, hostname } = new URL(baseURL);
  const { connect } = await import("node:net");
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname, () => socket.end(`${requestLine}\r\nHost: ${hostname}\r\nConnection: close\r\n\r\n`));
    let text = "";
    socket.on("data", (chunk) => {
      text += chunk.toString();
    });
    socket.on("end", () => resolve({ status: Number(text.split(" ")[1]), text }));
    socket.on("error", reject);
  });
}

test("a request target that is not a path is answered, never a 500 nor a redirect to another host", async ({ baseURL }) => {
  expect((await rawRequest(baseURL!, "OPTIONS * HTTP/1.1")).status).toBe(204);
  const star = await rawRequest(baseURL!, "GET * HTTP/1.1");
  expect(star.status).toBe(400);
  expect(star.text).toContain('"parameter":null');
  const absolute = await rawRequest(baseURL!, "GET http://evil.example/api/survival?format=csv HTTP/1.1");
  expect(absolute.status).toBe(200);
  expect(absolute.text).not.toMatch(/location: http:\/\/evil\.example/i);
  const long = await rawRequest(baseURL!, `GET /api/subtypes?id=${"a".repeat(17_000)} HTTP/1.1`);
  expect(long.status).toBe(431);
  expect(long.text).toContain("over 16 KB");
});
