import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { importedModules } from "../../source-imports";

const ROOT = join(__dirname, "../../..");

function resolve(from: string, specifier: string): string | null {
  const base = specifier.startsWith("@/") ? join(ROOT, specifier.slice(2)) : specifier.startsWith(".") ? join(from, "..", specifier) : null;
  if (base === null) return null; // a package (react, next): the framework's floor, not the page's own code
  return [".ts", ".tsx", "/index.ts"].map((ending) => `${base}${ending}`).find((file) => existsSync(file)) ?? null;
}

/** Every module of ours the entry loads with it, as paths from the repository's root. */
function loadedWith(entry: string): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    const path = file.slice(ROOT.length + 1);
    if (seen.has(path)) return;
    seen.add(path);
    // Only imports that carry code: `import type` and `import()` load nothing with the page.
    for (const specifier of importedModules(readFileSync(file, "utf8"), { types: false })) {
      const next = resolve(file, specifier);
      if (next) visit(next);
    }
  };
  visit(join(ROOT, entry));
  return seen;
}

describe("the /testing page's own script (issue 16: ≤ 12 kB above the framework's floor)", () => {
  const modules = loadedWith("components/flow/TestingFlow.tsx");

  it("follows its imports (the walk itself works)", () => {
    expect(modules).toContain("components/flow/Stepper.tsx");
    expect(modules).toContain("lib/her2/case-draft.ts");
    expect(modules).toContain("lib/charts/flow/scene.ts");
  });

  it("leaves on the server what never changes: the graph and its words, the routes into each outcome, the help texts and the layout code", () => {
    for (const serverOnly of [
      "lib/her2/graph.ts",
      "lib/her2/text.ts",
      "lib/her2/category-text.ts",
      "lib/her2/result-text.ts",
      "lib/her2/explore.ts",
      "lib/her2/edge-labels.ts",
      "lib/charts/flow/layout.ts",
      "components/glossary/GlossedText.tsx",
      "components/flow/ResultCard.tsx",
    ]) {
      expect(modules, serverOnly).not.toContain(serverOnly);
    }
  });

  it("loads the presenter, the share tools and an explored outcome's card only when they are opened", () => {
    for (const onOpen of [
      "components/flow/ExploreCard.tsx",
      "components/flow/ExploreRoutes.tsx",
      "lib/her2/case-words.ts",
      "components/flow/PresenterMode.tsx",
      "components/flow/FlowShareTools.tsx",
      "components/chart/AddToDeck.tsx",
      "components/chart/EmbedSnippet.tsx",
    ]) {
      expect(modules, onOpen).not.toContain(onOpen);
    }
  });
});
