// The security headers every answer carries (next.config.js): shared by the checks of every route
// and of the standalone server as the container runs it.
import { type APIResponse, expect } from "@playwright/test";

/** Embeds may be framed by any site; everything else only by our own pages. */
export type Framing = "*" | "'self'";

export function expectSecurityHeaders(response: APIResponse, framing: Framing) {
  const headers = response.headers();
  // Two CSP headers would both apply, the stricter winning: exactly one keeps the policy readable.
  const policies = response.headersArray().filter(({ name }) => name.toLowerCase() === "content-security-policy");
  expect(policies, "one Content-Security-Policy header").toHaveLength(1);
  const directives = new Map(
    policies[0]!.value.split(";").map((directive) => {
      const [name = "", ...values] = directive.trim().split(/\s+/);
      return [name, values.join(" ")] as const;
    }),
  );
  expect(directives.get("default-src")).toBe("'self'");
  expect(directives.get("object-src")).toBe("'none'");
  expect(directives.get("base-uri")).toBe("'self'");
  expect(directives.get("frame-ancestors")).toBe(framing);
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(headers["permissions-policy"]).toBe("camera=(), microphone=(), geolocation=()");
  // X-Frame-Options would override frame-ancestors in older browsers: allowed only where it agrees.
  const frameOptions = headers["x-frame-options"];
  if (framing === "*") expect(frameOptions, "no X-Frame-Options on embeds").toBeUndefined();
  else if (frameOptions !== undefined) expect(frameOptions.toUpperCase()).toBe("SAMEORIGIN");
}
