/**
 * The modules a source file imports or re-exports (`… from "x"`), as written: read from the text, for
 * the tests that hold the code's layout. `import type` lines load nothing at run time, so they count
 * only when `types` is true; `import()` is never listed.
 */
export function importedModules(source: string, { types }: { types: boolean }): string[] {
  return [...source.matchAll(/^(?:import|export)\s+(type\s)?[^;]*?from\s+"([^"]+)";/gms)]
    .filter((match) => types || match[1] === undefined)
    .map((match) => match[2] as string);
}
