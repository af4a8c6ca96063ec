// Answers of the app saved as static files under public/: the baseline `npm run bench` compares the
// server's throughput against ("the same bytes served as a static file by the same server").
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { startServer, stopServer, waitForServer } from "./server.mjs";

export const STATIC_DIR = "public/bench";

/** The static file's path for a baseline: its extension follows the answer's type, as a file server's would. */
export function staticPath(name, contentType) {
  return `/bench/${name}.${contentType.startsWith("text/html") ? "html" : "json"}`;
}

/**
 * Next's production server reads public/ once when it starts, so the files must exist before the
 * server that serves them starts: fetch the bodies from a first server, stop it, then write them.
 * `routes` maps a name to the path whose answer it copies; returns name → { path, file, body }.
 */
export async function writeStaticBaseline(port, routes) {
  const base = `http://127.0.0.1:${port}`;
  const baseline = {};
  const server = startServer(port);
  try {
    await waitForServer(`${base}/api`, 120_000);
    for (const [name, path] of Object.entries(routes)) {
      const response = await fetch(`${base}${path}`);
      if (!response.ok) throw new Error(`${path} answered ${response.status}: no baseline to write`);
      baseline[name] = { path, file: staticPath(name, response.headers.get("content-type") ?? ""), body: await response.text() };
    }
  } finally {
    await stopServer(server);
  }
  mkdirSync(STATIC_DIR, { recursive: true });
  for (const { file, body } of Object.values(baseline)) writeFileSync(`public${file}`, body);
  return baseline;
}

/** Fails loudly when a started server does not serve the baseline byte for byte (e.g. a 404 page). */
export async function checkStaticBaseline(base, baseline) {
  for (const { file, body } of Object.values(baseline)) {
    const response = await fetch(`${base}${file}`);
    const text = await response.text();
    if (response.status !== 200 || text !== body)
      throw new Error(`${file} answered ${response.status}${text === body ? "" : " with a different body"}: the static baseline is not being served`);
  }
}

export function removeStaticBaseline() {
  rmSync(STATIC_DIR, { recursive: true, force: true });
}
