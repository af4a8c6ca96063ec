// The production server: `node server/index.mjs` in a checkout after `next build`, or in the
// standalone folder a container runs (Dockerfile). Next answers every request, except the default
// views it has already rendered once (server/default-views.mjs), which are answered from memory, views
// with a query, which it renders through a loopback listener to tag them (server/query-views.mjs), and
// an /api request with a method Next cannot route is first handed on as one it can (server/api-methods.mjs),
// no error answer leaves marked for a shared cache (server/error-answers.mjs), and a request whose
// target is not a path, or whose head cannot be read, gets a clear answer (server/request-target.mjs).
// PORT (3000) and HOSTNAME (0.0.0.0) as Next's own server reads them; SITE_URL is lib/site-origin's.
import { existsSync, readFileSync } from "node:fs";
import { createServer } from "node:http";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import next from "next";
import { DEFAULT_VIEWS } from "../scripts/pages.mjs";
import { routeUnusualMethod } from "./api-methods.mjs";
import { matchView, renderViews, sendView } from "./default-views.mjs";
import { keepErrorsPrivate } from "./error-answers.mjs";
import { answerQueryView, isQueryView } from "./query-views.mjs";
import { answerUnreadableRequest, answerUnusualTarget } from "./request-target.mjs";

const dir = join(dirname(fileURLToPath(import.meta.url)), "..");
const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.HOSTNAME ?? "0.0.0.0";
process.env.NODE_ENV = "production";
process.env.NEXT_TELEMETRY_DISABLED = "1";

// A standalone folder has no next.config.js: the build recorded the resolved config, as Next's own
// standalone server.js reads it. In a checkout the same file exists, so both start the same way.
const serverFiles = join(dir, ".next/required-server-files.json");
if (!existsSync(serverFiles)) {
  console.error("No production build here: run `npx next build` first (npm start does it for you).");
  process.exit(1);
}
const { config } = JSON.parse(readFileSync(serverFiles, "utf8"));
process.env.__NEXT_PRIVATE_STANDALONE_CONFIG = JSON.stringify(config);

const app = next({ dev: false, dir, conf: config, hostname, port });
const handle = app.getRequestHandler();
await app.prepare();

// Render the default views through a private loopback listener first, so that once the public port
// listens every answer is ready (a health check or load balancer sees one state, not a warming one).
// The listener stays open: views with a query are rendered through it, to be tagged as a whole.
const views = new Map();
const renderer = createServer((req, res) => handle(req, res));
await new Promise((resolve) => renderer.listen(0, "127.0.0.1", resolve));
const local = `http://127.0.0.1:${renderer.address().port}`;
let report;
try {
  const skipped = await renderViews(local, DEFAULT_VIEWS, views);
  // A default view that fails is a broken deployment (a malformed SITE_URL, a missing file): refuse to start.
  const broken = skipped.filter((entry) => / \(5\d\d\)$/.test(entry));
  if (broken.length > 0) throw new Error(`these answered a server error: ${broken.join(", ")} (see the error above)`);
  report = [
    `${views.size} default views rendered and served from memory${skipped.length ? `; left to Next: ${skipped.join(", ")}` : ""}.`,
    await originReport(local),
  ];
} catch (error) {
  console.error(`Could not render the default views: ${error.message}`);
  process.exit(1);
}

const server = createServer((req, res) => {
  keepErrorsPrivate(res);
  if (answerUnusualTarget(req, res)) return;
  routeUnusualMethod(req);
  const view = matchView(views, req.method, req.url, req.headers);
  if (view) sendView(view, req, res);
  else if (isQueryView(req.method, req.url, req.headers)) answerQueryView(local, req, res).catch(() => handle(req, res));
  else handle(req, res);
});
server.on("clientError", answerUnreadableRequest);
server.listen(port, hostname, () => console.log(`HER2 Atlas on http://localhost:${port}: ${report.join(" ")}`));

/**
 * Which origin public links name, read from what the pages actually print: a static page (built with
 * the SITE_URL of the build) and a page rendered now (with this process's). Different: say so loudly.
 */
async function originReport(local) {
  const ogUrl = async (path) => /<meta property="og:url" content="([^"]*)"/.exec(await (await fetch(`${local}${path}`)).text())?.[1] ?? "?";
  const [built, now] = [new URL(await ogUrl("/data")).origin, new URL(await ogUrl("/survival")).origin];
  if (built === now) return `Public links (social previews, oEmbed, embed snippets, citations) name ${now}.`;
  return `WARNING: static pages were built for ${built}, but this server names ${now} (SITE_URL=${process.env.SITE_URL ?? ""}). Rebuild with the SITE_URL you serve.`;
}

for (const signal of ["SIGTERM", "SIGINT"]) {
  process.on(signal, () => server.close(() => process.exit(0)));
}
