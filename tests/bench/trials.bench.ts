// @vitest-environment node
// `npm run bench` (BENCH_ONLY=trials) runs this with `vitest bench`: the time to compute every figure
// of the 19 trial endpoints from their CSV texts. Target (reported, never asserted): < 50 ms.
import { readdirSync, readFileSync } from "node:fs";
import { bench, describe } from "vitest";
import { hazardRatio, kaplanMeier, logRank, medianSurvival, type Observation, observationsByArm, parseTrialCsv } from "@/lib/trials/statistics";

const root = new URL("../../", import.meta.url);
const roles = JSON.parse(readFileSync(new URL("tests/fixtures/trials/reference-values.json", root), "utf8")) as Record<
  string,
  { controlArm: string; experimentalArm: string }
>;
const endpoints = readdirSync(new URL("data/trials/", root))
  .filter((name) => name.endsWith(".csv"))
  .map((name) => ({ text: readFileSync(new URL(`data/trials/${name}`, root), "utf8"), ...roles[name.slice(0, -".csv".length)]! }));

function armOf(arms: Map<string, Observation[]>, name: string): Observation[] {
  const observations = arms.get(name);
  if (!observations) throw new Error(`No arm ${name}`);
  return observations;
}

describe("19 trial endpoints", () => {
  bench("parse the CSVs, Kaplan–Meier and median of both arms, hazard ratio, log-rank", () => {
    for (const { text, controlArm, experimentalArm } of endpoints) {
      const arms = observationsByArm(parseTrialCsv(text));
      const control = armOf(arms, controlArm);
      const experimental = armOf(arms, experimentalArm);
      medianSurvival(kaplanMeier(control));
      medianSurvival(kaplanMeier(experimental));
      hazardRatio(control, experimental);
      logRank(control, experimental);
    }
  });
});
