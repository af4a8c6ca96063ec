// Start and stop the production server for scripts (screenshots, bench, load) on a port of their own:
// the standalone server, started as the Dockerfile starts it (scripts/standalone-server.mjs), on loopback.
import { assembleStandalone, startStandalone } from "./standalone-server.mjs";

/** `env` adds settings (SITE_URL, say) to this process's environment. */
export function startServer(port, env = {}) {
  // Assembled on every start: public/ may have changed since the build (the bench writes its baseline there).
  assembleStandalone();
  return startStandalone({ port, env: { ...process.env, ...env } });
}

/** Stops the server's process group; the promise settles once it has exited and freed its port. */
export function stopServer(server) {
  const exited = server.exitCode !== null || server.signalCode !== null ? Promise.resolve() : new Promise((resolve) => server.once("exit", resolve));
  try {
    process.kill(-server.pid, "SIGTERM");
  } catch {
    server.kill("SIGTERM");
  }
  return exited;
}

export async function waitForServer(url, timeoutMs = 30_000) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {}
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`server at ${url} did not start within ${timeoutMs / 1000} s`);
}
