import { describe, expect, it } from "vitest";
import { parseSiteUrl, resolvePublicOrigin } from "@/lib/site-origin";

describe("resolvePublicOrigin", () => {
  const forwarded = new Headers({ "x-forwarded-host": "her2.example.org, proxy.internal", "x-forwarded-proto": "https" });

  it("prefers SITE_URL, normalised to its origin, over anything a request says", () => {
    expect(resolvePublicOrigin({ SITE_URL: "https://HER2.example.org/", TRUST_PROXY: "1" }, forwarded)).toEqual({
      origin: "https://her2.example.org",
      source: "SITE_URL",
    });
  });

  it("uses the first forwarded host only when the proxy is trusted", () => {
    expect(resolvePublicOrigin({ TRUST_PROXY: "1" }, forwarded)).toEqual({ origin: "https://her2.example.org", source: "forwarded" });
    expect(resolvePublicOrigin({}, forwarded).source).toBe("local");
    expect(resolvePublicOrigin({ TRUST_PROXY: "true" }, forwarded).source).toBe("local");
  });

  it("ignores a forwarded host that is not a host name", () => {
    for (const host of ["evil.test/path", "a b", "<script>", ""]) {
      expect(resolvePublicOrigin({ TRUST_PROXY: "1" }, new Headers({ "x-forwarded-host": host })).source).toBe("local");
    }
    expect(resolvePublicOrigin({ TRUST_PROXY: "1" }, new Headers({ "x-forwarded-host": "a.test", "x-forwarded-proto": "ftp" })).source).toBe("local");
  });

  it("falls back to localhost on PORT, or 3000", () => {
    expect(resolvePublicOrigin({ PORT: "8080" }).origin).toBe("http://localhost:8080");
    expect(resolvePublicOrigin({ PORT: "eighty" }).origin).toBe("http://localhost:3000");
  });

  it("refuses a SITE_URL that is not an origin, saying why", () => {
    expect(() => resolvePublicOrigin({ SITE_URL: "her2.example.org" })).toThrow(/absolute http\(s\) origin/);
    for (const bad of ["https://her2.example.org/atlas", "https://her2.example.org/?a=1", "ftp://her2.example.org", "https://u:p@her2.example.org"]) {
      expect(parseSiteUrl(bad).ok).toBe(false);
    }
  });
});
