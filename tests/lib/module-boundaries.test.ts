// The layout rules a newcomer relies on, checked on the files themselves: lib/ is pure (no React,
// no Next, nothing from app/ or components/), and no module in lib/, components/ or app/ grows
// past 300 lines.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { importedModules } from "../source-imports";

const ROOT = join(__dirname, "../..");
const SOURCE = /\.(ts|tsx|mts|css)$/;
const MAX_LINES = 300;

/** Every stylesheet and module below `dir`, as paths from the repository's root. */
const sourceFiles = (dir: string) =>
  (readdirSync(join(ROOT, dir), { recursive: true }) as string[]).filter((file) => SOURCE.test(file)).map((file) => join(dir, file));

describe("module boundaries", () => {
  it("finds the modules it checks", () => {
    expect(sourceFiles("lib").length).toBeGreaterThan(50);
  });

  it("lib/ imports nothing from app/, components/, React or Next", () => {
    const offending = sourceFiles("lib").flatMap((path) =>
      importedModules(readFileSync(join(ROOT, path), "utf8"), { types: true })
        .filter((module) => /^(@\/(app|components)\/|react($|-dom|\/)|next($|\/))/.test(module) || /^(\.\.\/)+(app|components)\//.test(module))
        .map((module) => `${path} imports ${module}`),
    );
    expect(offending).toEqual([]);
  });

  it(`no module in lib/, components/ or app/ is over ${MAX_LINES} lines`, () => {
    const long = ["lib", "components", "app"]
      .flatMap(sourceFiles)
      .map((path) => ({ path, lines: readFileSync(join(ROOT, path), "utf8").split("\n").length - 1 }))
      .filter(({ lines }) => lines > MAX_LINES)
      .map(({ path, lines }) => `${path}: ${lines} lines`);
    expect(long).toEqual([]);
  });
});
