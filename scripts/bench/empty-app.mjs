// The bench's floor: an empty page of the same Next and React (scripts/empty-app), built and served
// from a copy outside the repository. Built inside it, Turbopack takes the repository for the
// project and compiles the atlas's own proxy into the empty app, which then fails to build.
import { cpSync, existsSync, mkdirSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const SOURCE = "scripts/empty-app";
export const EMPTY_APP_DIR = join(tmpdir(), "her2-atlas-empty-app");

/** Copies the empty app out of the repository (its own build output aside), with the repository's node_modules. */
export function prepareEmptyApp({ fresh }) {
  if (!fresh && existsSync(join(EMPTY_APP_DIR, ".next/BUILD_ID"))) return false;
  rmSync(EMPTY_APP_DIR, { recursive: true, force: true });
  mkdirSync(EMPTY_APP_DIR, { recursive: true });
  cpSync(SOURCE, EMPTY_APP_DIR, { recursive: true, filter: (path) => !path.includes(`${SOURCE}/.next`) });
  symlinkSync(resolve("node_modules"), join(EMPTY_APP_DIR, "node_modules"));
  return true;
}
