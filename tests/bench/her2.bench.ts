// @vitest-environment node
// `npm run bench` runs this with `vitest bench`: time to classify 10,000 HER2 cases in lib/her2.
import { bench, describe } from "vitest";
import { classifyCsv, classifyHer2, parseHer2Fields } from "@/lib/her2";

const IHC = ["0", "1+", "2+", "3+"];
/** A deterministic mix: every IHC score, and ISH values around the 2.0 / 4.0 / 6.0 thresholds. */
const cases = Array.from({ length: 10_000 }, (_, i) => {
  const ihc = IHC[i % 4]!;
  if (ihc !== "2+") return { ihc };
  const ratio = 1 + ((i * 7) % 30) / 10;
  const copies = 2 + ((i * 13) % 60) / 10;
  return { ihc, ratio: String(ratio), copies: String(copies) };
});
const csv = ["ihc,ratio,copies", ...cases.map((c) => `${c.ihc},${"ratio" in c ? c.ratio : ""},${"copies" in c ? c.copies : ""}`)].join("\n");

describe("classify 10,000 cases", () => {
  bench("parse + classify (objects)", () => {
    for (const fields of cases) {
      const parsed = parseHer2Fields(fields);
      if (parsed.ok) classifyHer2(parsed.input);
    }
  });
  bench("classifyCsv (the browser batch path)", () => {
    classifyCsv(csv);
  });
});
