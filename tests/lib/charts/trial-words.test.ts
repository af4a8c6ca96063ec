// @vitest-environment node
// The reference names each trial endpoint but defines none: beyond overall and progression-free
// survival, the page restates the endpoint's name and lists no events of its own.
import { expect, it } from "vitest";
import { trialView } from "@/lib/charts/trial-view";
import { knownAnalysis } from "@/lib/trials/analysis";

/** The endpoint's words as its chart's axis, the reader's sentence and the hazard ratio's sentence use them. */
function expectWords(id: string, alive: string, event: string) {
  const view = trialView(knownAnalysis(id));
  expect(view.yLabel, id).toBe(`Share ${alive} (%)`);
  expect(view.reader, id).toContain(`were ${alive} at`);
  expect(view.takeaway, id).toContain(`for ${event}`);
  expect(view.takeaway, id).not.toMatch(/recurrence|a second cancer/);
}

it("names disease-free, invasive disease-free and event-free survival without listing their events", () => {
  expectWords("altto-lapatinib-trastuzumab-dfs", "alive and disease-free", "disease-free survival events (as the trial defined them)");
  expectWords("extenet-idfs", "alive and free of invasive disease", "invasive disease-free survival events (as the trial defined them)");
  expectWords("neoaltto-lapatinib-efs", "alive and event-free", "event-free survival events (as the trial defined them)");
});

it("says overall survival's event plainly", () => {
  expectWords("cleopatra-os", "alive", "death");
});
