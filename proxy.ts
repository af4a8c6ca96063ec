import { type NextRequest, NextResponse } from "next/server";
import { errorResponse } from "@/lib/api/respond";
import { explicitIhcPluses } from "@/lib/her2/query-string";
import { hasMalformedEscape } from "@/lib/path-escapes";

/** The pages that read a HER2 case from their query; they see only decoded values. */
export const CASE_PAGES = ["/testing", "/embed/testing"];

/**
 * Only paths with a percent escape that may not decode, and the HER2 case pages, reach this proxy
 * (see `config.matcher`), so other clean paths never run it. Next decodes a dynamic route's segments before any handler runs and
 * answers an escape that does not decode with a bare 500; this answers first: a JSON 400 under /api,
 * the site's not-found page elsewhere. (A rewrite to a repaired path would not help: the route still
 * reads its parameters from the original URL.)
 */
export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  if (CASE_PAGES.includes(pathname)) return readableCase(request);
  if (!hasMalformedEscape(pathname)) return NextResponse.next();
  if (pathname === "/api" || pathname.startsWith("/api/")) {
    return errorResponse(
      { parameter: null, message: "The path has a malformed percent escape (a % must start a %XX escape of UTF-8); the index is /api." },
      400,
    );
  }
  // Under /embed, a not-found embed (an unknown chart), so the answer keeps the embeds' framing policy.
  const notFound = pathname.startsWith("/embed/") ? "/embed/not-found" : "/_not-found";
  return NextResponse.rewrite(new URL(notFound, request.nextUrl), { status: 404 });
}

/**
 * A page's searchParams cannot tell "ihc=2++" (two pluses, which /api/her2-status rejects) from "2"
 * and two spaces (which it reads as 2): only the raw query can. Such a link is sent on to the same
 * query with its pluses written as %2B, which the page then reads, and rejects, as "2++".
 */
function readableCase(request: NextRequest) {
  const search = new URL(request.url).search;
  const explicit = explicitIhcPluses(search);
  if (explicit === search) return NextResponse.next();
  const url = request.nextUrl.clone();
  url.search = explicit;
  return NextResponse.redirect(url, 307);
}

export const config = {
  // The two suspect shapes of lib/path-escapes: a "%" without two hex digits, or an escaped byte above
  // 0x7F; and CASE_PAGES (Next reads the matcher at build time, so only literals: the tests compare them).
  matcher: ["/:path(.*%(?![0-9A-Fa-f]{2}).*)", "/:path(.*%[89A-Fa-f][0-9A-Fa-f].*)", "/testing", "/embed/testing"],
};
