// Start and stop the production server (server/index.mjs) for scripts (screenshots, bench, load) on a
// port of their own.
import { spawn } from "node:child_process";

export function startServer(port, env = {}) {
  // Its own process group, so stopping it leaves nothing behind.
  return spawn(process.execPath, ["server/index.mjs"], {
    stdio: "ignore",
    detached: true,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", PORT: String(port), HOSTNAME: "127.0.0.1", ...env },
  });
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
