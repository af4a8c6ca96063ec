/**
 * The public origin: the one place every absolute URL the atlas prints comes from (social previews,
 * oEmbed, iframe snippets, citations). It is never the address the server happened to be reached on
 * (design.md §8), so a proxy, a CDN or a container's internal name cannot leak into a shared link.
 *
 * - `SITE_URL` when set (an http(s) origin; a path or query in it is an operator's mistake and is refused).
 *   Pages read it when they are rendered: static pages at build time, per-request views at run time.
 * - Else, only when the operator says the proxy in front is trusted (`TRUST_PROXY=1`), the
 *   `X-Forwarded-Proto` / `X-Forwarded-Host` of a request (route handlers pass its headers).
 * - Else `http://localhost:<PORT or 3000>`: a local `npm start` keeps working as it is.
 */

export interface OriginEnv {
  SITE_URL?: string;
  TRUST_PROXY?: string;
  PORT?: string;
}

export type OriginSource = "SITE_URL" | "forwarded" | "local";

export interface PublicOrigin {
  origin: string;
  source: OriginSource;
}

/** A hostname with an optional port: what a forwarded Host may hold, and nothing else. */
const HOST = /^[a-z0-9.-]+(:\d{1,5})?$/i;

/** `SITE_URL` as an origin, or an error that names what is wrong with it. */
export function parseSiteUrl(raw: string): { ok: true; origin: string } | { ok: false; message: string } {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return { ok: false, message: `SITE_URL must be an absolute http(s) origin such as https://her2.example.org; got ${JSON.stringify(raw)}.` };
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return { ok: false, message: "SITE_URL must start with http:// or https://." };
  if ((url.pathname !== "/" && url.pathname !== "") || url.search || url.hash || url.username || url.password) {
    return { ok: false, message: "SITE_URL must be an origin only (scheme, host and port), without a path, query or credentials." };
  }
  return { ok: true, origin: url.origin };
}

function forwardedOrigin(headers: Headers): string | null {
  // A proxy chain appends: the first value is what the client asked the outermost proxy for.
  const host = headers.get("x-forwarded-host")?.split(",")[0]?.trim();
  const proto = headers.get("x-forwarded-proto")?.split(",")[0]?.trim().toLowerCase() ?? "https";
  if (!host || !HOST.test(host) || (proto !== "http" && proto !== "https")) return null;
  return `${proto}://${host.toLowerCase()}`;
}

export function resolvePublicOrigin(env: OriginEnv, headers?: Headers): PublicOrigin {
  if (env.SITE_URL) {
    const parsed = parseSiteUrl(env.SITE_URL);
    if (!parsed.ok) throw new Error(parsed.message);
    return { origin: parsed.origin, source: "SITE_URL" };
  }
  if (env.TRUST_PROXY === "1" && headers) {
    const forwarded = forwardedOrigin(headers);
    if (forwarded) return { origin: forwarded, source: "forwarded" };
  }
  const port = env.PORT && /^\d{1,5}$/.test(env.PORT) ? env.PORT : "3000";
  return { origin: `http://localhost:${port}`, source: "local" };
}

/** The public origin for this process (and, for a route handler, this request's forwarded headers). */
export function publicOrigin(headers?: Headers): string {
  const { SITE_URL, TRUST_PROXY, PORT } = process.env;
  return resolvePublicOrigin({ SITE_URL, TRUST_PROXY, PORT }, headers).origin;
}
