import { type NextRequest, NextResponse } from "next/server";
import { errorResponse } from "@/lib/api/respond";
import { hasMalformedEscape } from "@/lib/path-escapes";

/**
 * Only paths with a percent escape that may not decode reach this proxy (see `config.matcher`), so
 * clean paths never run it. Next decodes a dynamic route's segments before any handler runs and
 * answers an escape that does not decode with a bare 500; this answers first: a JSON 400 under /api,
 * the site's not-found page elsewhere. (A rewrite to a repaired path would not help: the route still
 * reads its parameters from the original URL.)
 */
export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
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

export const config = {
  // The two suspect shapes of lib/path-escapes: a "%" without two hex digits, or an escaped byte above 0x7F.
  matcher: ["/:path(.*%(?![0-9A-Fa-f]{2}).*)", "/:path(.*%[89A-Fa-f][0-9A-Fa-f].*)"],
};
