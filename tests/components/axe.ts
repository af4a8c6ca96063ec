// Axe in jsdom, for the structure of states a browser audit never reaches (errors, notices, results).
// jsdom has no layout: colour contrast is the browser audit's (tests/e2e/a11y.spec.ts), in both schemes.
import axe from "axe-core";
import { expect } from "vitest";

/** The same rule sets as the browser audit (tests/e2e/fixtures.ts). */
const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"];

export async function expectNoAxeViolations(element: Element) {
  const results = await axe.run(element, {
    runOnly: { type: "tag", values: TAGS },
    rules: {
      // Needs rendered colours and boxes, which jsdom does not compute.
      "color-contrast": { enabled: false },
      // A component rendered alone sits outside the page's landmarks, which the browser audit checks.
      region: { enabled: false },
    },
    resultTypes: ["violations"],
  });
  const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  expect(summary, "axe violations").toEqual([]);
}
