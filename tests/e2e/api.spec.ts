import { expect, test } from "@playwright/test";

test.describe("API on the running server", () => {
  test("survival for two subtypes returns their four-year figures with the source", async ({ request }) => {
    const res = await request.get("/api/survival?subtype=hr-neg-her2-pos,hr-neg-her2-neg&measure=four-year-cause-specific&stage=all");
    expect(res.status()).toBe(200);
    const body = await res.json();
    expect(body.data.map((r: { value: number }) => r.value)).toEqual([82.7, 77.0]);
    expect(body.sources[0].id).toBe("howlader-2018-cebp");
    expect(res.headers()["access-control-allow-origin"]).toBe("*");
  });

  test("a bogus stage is a 400 naming stage", async ({ request }) => {
    const res = await request.get("/api/survival?stage=bogus");
    expect(res.status()).toBe(400);
    expect(res.headers()["content-type"]).toContain("application/json");
    expect((await res.json()).error.parameter).toBe("stage");
  });

  test("an unencoded hostile value is a JSON 400, never HTML", async ({ request }) => {
    const res = await request.get("/api/prevalence?by=<script>alert(1)</script>");
    expect(res.status()).toBe(400);
    expect(res.headers()["content-type"]).toContain("application/json");
    expect(res.headers()["x-content-type-options"]).toBe("nosniff");
  });

  test("ETag round trip gives 304", async ({ request }) => {
    const first = await request.get("/api/subtypes");
    const etag = first.headers().etag!;
    const second = await request.get("/api/subtypes", { headers: { "If-None-Match": etag } });
    expect(second.status()).toBe(304);
  });
});
