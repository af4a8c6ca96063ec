// The API's dataset answers, saved as static files under public/: the baseline `npm run bench`
// compares the API's throughput against. Shared by the bench and any check of the baseline alone.
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { startServer, stopServer, waitForServer } from "./server.mjs";

export const STATIC_DIR = "public/bench";

/**
 * Next 16's production server reads public/ once when it starts, so the files must exist before the
 * server that serves them starts: fetch the bodies from a first server, stop it, then write them.
 * `routes` maps a file name to the API path whose answer it copies.
 */
export async function writeStaticBaseline(port, routes) {
  const base = `http://127.0.0.1:${port}`;
  const bodies = {};
  const server = startServer(port);
  try {
    await waitForServer(`${base}/api`);
    for (const [name, path] of Object.entries(routes)) {
      const response = await fetch(`${base}${path}`);
      if (!response.ok) throw new Error(`${path} answered ${response.status}: no baseline to write`);
      bodies[name] = await response.text();
    }
  } finally {
    await stopServer(server);
  }
  mkdirSync(STATIC_DIR, { recursive: true });
  for (const [name, body] of Object.entries(bodies)) writeFileSync(`${STATIC_DIR}/${name}.json`, body);
  return bodies;
}

/** Fails loudly when a started server does not serve the baseline byte for byte (e.g. a 404 page). */
export async function checkStaticBaseline(base, bodies) {
  for (const [name, body] of Object.entries(bodies)) {
    const response = await fetch(`${base}/bench/${name}.json`);
    const text = await response.text();
    if (response.status !== 200 || text !== body) throw new Error(`/bench/${name}.json answered ${response.status}${text === body ? "" : " with a different body"}: the static baseline is not being served`);
  }
}

export function removeStaticBaseline() {
  rmSync(STATIC_DIR, { recursive: true, force: true });
}
