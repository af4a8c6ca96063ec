// The layout rules a newcomer relies on, checked on the files themselves: lib/ is pure (no React,
// no Next, nothing from app/ or components/), and no module in lib/, components/ or app/ grows
// past 300 lines.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = join(__dirname, "../..");
const SOURCE = /\.(ts|tsx|mts|css)$/;
const MAX_LINES = 300;

function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return SOURCE.test(entry.name) ? [path] : [];
  });
}

/** Every module a file imports or re-exports, as written. */
function importsOf(path: string): string[] {
  const text = readFileSync(join(ROOT, path), "utf8");
  return [...text.matchAll(/(?:^|\n)\s*(?:import|export)\b[^;]*?\bfrom\s+["']([^"']+)["']/g)].map((match) => match[1]!);
}

describe("module boundaries", () => {
  it("finds the modules it checks", () => {
    expect(sourceFiles("lib").length).toBeGreaterThan(50);
  });

  it("lib/ imports nothing from app/, components/, React or Next", () => {
    const offending = sourceFiles("lib").flatMap((path) =>
      importsOf(path)
        .filter((module) => /^(@\/(app|components)\/|react($|-dom|\/)|next($|\/))/.test(module) || /^(\.\.\/)+(app|components)\//.test(module))
        .map((module) => `${path} imports ${module}`),
    );
    expect(offending).toEqual([]);
  });

  it(`no module in lib/, components/ or app/ is over ${MAX_LINES} lines`, () => {
    const long = ["lib", "components", "app"]
      .flatMap(sourceFiles)
      .map((path) => ({ path: relative(ROOT, join(ROOT, path)), lines: readFileSync(join(ROOT, path), "utf8").split("\n").length - 1 }))
      .filter(({ lines }) => lines > MAX_LINES)
      .map(({ path, lines }) => `${path}: ${lines} lines`);
    expect(long).toEqual([]);
  });
});
