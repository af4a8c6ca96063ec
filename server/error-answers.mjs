// An error answer (4xx, 5xx) is never one a shared cache may keep. next.config.js gives every page
// and embed path the shared policy before the route runs, and Next overrides it to private only for
// some of its 404s: not for notFound() in a route rendered per request (/embed/<unknown>), nor for
// the not-found page proxy.ts rewrites a malformed path to. A CDN would then serve that 404 for an
// hour to everyone; this makes every error private wherever its headers came from.
const PRIVATE = "private, no-store";

/** Rewrites the Cache-Control of `res` to private as its head is written, when its status is an error. */
export function keepErrorsPrivate(res) {
  const writeHead = res.writeHead;
  res.writeHead = function writePrivateErrorHead(status, ...rest) {
    if (status < 400) return writeHead.call(this, status, ...rest);
    // writeHead(status[, message][, headers]): headers given here win over those set before.
    const at = typeof rest[0] === "string" ? 1 : 0;
    const given = rest[at];
    if (Array.isArray(given)) {
      const pairs = [];
      for (let i = 0; i < given.length; i += 2) if (given[i].toLowerCase() !== "cache-control") pairs.push(given[i], given[i + 1]);
      rest[at] = pairs;
    } else if (given && typeof given === "object") {
      rest[at] = Object.fromEntries(Object.entries(given).filter(([name]) => name.toLowerCase() !== "cache-control"));
    }
    this.setHeader("cache-control", PRIVATE);
    return writeHead.call(this, status, ...rest);
  };
}
