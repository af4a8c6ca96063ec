// Security headers for every route (issue: quality gates). Embeds may be framed by anyone; every
// other page only by ourselves. Next's hydration needs inline scripts, so script-src allows them.
const isDev = process.env.NODE_ENV !== "production";
// The one shared-cache policy (lib/api/respond.ts sends it on API answers and images).
const { sharedCacheControl } = require("./lib/http-cache.json");
/** The request headers with which Next's router asks for something other than the page. */
const NEXT_ROUTER_HEADERS = require("./server/next-router-headers.json");

function contentSecurityPolicy(frameAncestors) {
  return [
    "default-src 'self'",
    `script-src 'self' 'unsafe-inline'${isDev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    `frame-ancestors ${frameAncestors}`,
  ].join("; ");
}

const commonHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
];

/** @type {import('next').NextConfig} */
module.exports = {
  reactStrictMode: true,
  // The deployable unit (design.md §8): server.js plus only the node_modules files it needs, so the
  // container's runner stage copies one folder. scripts/standalone.mjs adds public/ and .next/static.
  output: "standalone",
  // Trace from this folder, never a parent that happens to hold another lockfile: server.js must sit
  // at the top of .next/standalone wherever the repo is checked out.
  outputFileTracingRoot: __dirname,
  poweredByHeader: false,
  // The visx barrels re-export every shape; without this, Bar alone pulled d3-shape and d3-path into
  // each chart page (about 1.5 kB gzipped). Next rewrites the named imports to the modules they name.
  experimental: { optimizePackageImports: ["@visx/group", "@visx/shape"] },
  // Chromium asks for /favicon.ico whenever a client navigation leaves the head for a moment without
  // its icon link (a view fetched with router.replace): the site's one icon answers it, not a 404.
  async redirects() {
    return [{ source: "/favicon.ico", destination: "/icon.svg", permanent: true }];
  },
  async headers() {
    return [
      {
        // Everything except /embed/*: framed only by our own pages.
        source: "/((?!embed/).*)",
        headers: [...commonHeaders, { key: "Content-Security-Policy", value: contentSecurityPolicy("'self'") }],
      },
      {
        source: "/embed/:path*",
        headers: [...commonHeaders, { key: "Content-Security-Policy", value: contentSecurityPolicy("*") }],
      },
      {
        // Pages and embeds are pure functions of their URL and the data release, so a CDN may keep them
        // (server/error-answers.mjs makes every error private). API routes set their own, per answer.
        // Not a request of Next's own router (an RSC fetch, a prefetch, a server action): its answer,
        // even a redirect to "?_rsc", depends on those headers, and once kept would be every reader's.
        source: "/((?!api/|_next/).*)",
        missing: NEXT_ROUTER_HEADERS.map((key) => ({ type: "header", key })),
        headers: [{ key: "Cache-Control", value: sharedCacheControl }],
      },
    ];
  },
};
