import { describe, expect, it } from "vitest";
import { classifyHer2, GROUP_COMMENT, type Her2Input } from "@/lib/her2";
import { GROUP_2_RECOUNT_CAVEAT } from "@/lib/her2/report-wording";
import { classifyWithWords, groupsFrom, pathFrom } from "./helpers";
import { VALID_CASES } from "./reference-cases";

/** Codes with their words: the report wording and the comment are checked here too. */
const classifyInputs = classifyWithWords;

describe("classifyHer2: the 45 valid cases of reference §4", () => {
  it.each(VALID_CASES)("case %i, %s: %s", (_n, _name, inputs, groupColumn, statusColumn, outcomeColumn, pathColumn) => {
    const result = classifyInputs(inputs);

    expect(result.path).toEqual(pathFrom(pathColumn));
    expect({ ishGroup: result.ishGroup, recountGroup: result.recountGroup }).toEqual(groupsFrom(groupColumn));

    const [outcome, flag] = outcomeColumn.split(" ");
    switch (statusColumn) {
      case "pending":
        expect(result).toMatchObject({ kind: "pending", nextStep: outcome });
        expect(result).not.toHaveProperty("status");
        expect(result).not.toHaveProperty("category");
        break;
      case "positive":
        expect(result).toMatchObject({ kind: "final", status: "positive", category: outcome, withComment: false });
        expect(result).toHaveProperty("flags", flag === "⚑" ? ["discordant-ihc3-ish5"] : []);
        break;
      case "negative":
        expect(result).toMatchObject({ kind: "final", status: "negative", category: outcome, withComment: false, comment: null });
        break;
      case "negative-with-comment":
        expect(result).toMatchObject({ kind: "final", status: "negative", category: outcome, withComment: true });
        break;
      default:
        throw new Error(`unknown status column ${statusColumn}`);
    }
  });
});

// §2.6 "Report wording for each path", quoted, with each valid reference case under the most specific
// row that applies to it. Groups 2–4 with IHC 3+ (cases 20, 23, 25) take the "Groups 2–4 + IHC 3+"
// row ("HER2 Positive") rather than the general "IHC 3+" row. Pending recounts (9–12, 14) quote the
// §2.2 step (Figs 5–6), and the single-probe work-up (40) quotes Fig 2 footnote b (§2.5).
const REPORT_ROWS: readonly [string, readonly number[]][] = [
  ["IHC 3+ positive", [1, 34, 38]],
  ["IHC 2+ equivocal. Must order reflex test (same specimen using ISH) or order a new test (new specimen if available, using IHC or ISH)", [2]],
  ["IHC 1+ negative", [3]],
  ["IHC 0 negative, with membrane staining (ultralow)", [4]],
  ["IHC 0 negative, absent membrane staining (null)", [5]],
  ["IHC 0 negative", [6]],
  ["ISH positive", [7, 8, 26, 27, 31, 35]],
  ["ISH negative", [13, 28, 30, 32, 33, 36, 39]],
  ["HER2 Positive", [15, 20, 23, 25]],
  ["HER2 Negative with Comment", [17, 18, 21, 22, 24, 44, 45]],
  ["Result should be adjudicated per internal procedures to determine final category", [16, 19, 43]],
  ["IHC testing for HER2 should be performed using sections from the same tissue sample used for ISH", [29, 41, 42]],
  ["Observer blinded to previous results recounts ISH, counting at least 20 cells", [9, 10, 11, 12, 14]],
  ["Using sections from the same tissue samples used for single-probe ISH, perform IHC (if not already performed) and/or dual-probe ISH", [40]],
  ["Perform dual-probe ISH for final result", [37]],
];
const REPORT_BY_CASE = new Map(REPORT_ROWS.flatMap(([report, cases]) => cases.map((n) => [n, report] as const)));

// §2.4: groups 3 and 4 quote the figures; group 2 is a paraphrase (Fig 4 not seen, UNCONFIRMED).
const GROUP_COMMENT_QUOTES: Record<3 | 4, string> = {
  3: '"There are insufficient data on the efficacy of HER2-targeted therapy in cases with HER2 ratio <2.0 in the absence of protein over-expression because such patients were not eligible for the first generation of adjuvant trastuzumab clinical trials."',
  4: '"It is uncertain whether patients with ≥4.0 and <6.0 average HER2 signals/cell and HER2/CEP17 ratio <2.0 benefit from HER2 targeted therapy in the absence of protein over expression (IHC 3+)."',
};

describe("classifyHer2: report wording and group comment for every valid reference case (§2.4, §2.6)", () => {
  it("places every valid case under exactly one §2.6 row", () => {
    expect([...REPORT_BY_CASE.keys()].sort((a, b) => a - b)).toEqual(VALID_CASES.map(([n]) => n));
    expect(REPORT_ROWS.flatMap(([, cases]) => cases)).toHaveLength(VALID_CASES.length);
  });

  it.each(VALID_CASES)("case %i, %s: %s", (n, _name, inputs) => {
    const result = classifyInputs(inputs);
    expect(result.report).toBe(REPORT_BY_CASE.get(n));
    if (result.kind === "final" && result.status === "negative") {
      if (!result.withComment) expect(result.comment).toBeNull();
      else if (result.ishGroup === 3 || result.ishGroup === 4) expect(result.comment).toBe(GROUP_COMMENT_QUOTES[result.ishGroup]);
      else {
        expect(result.ishGroup).toBe(2);
        expect(result.comment).toMatch(
          /ratio is ≥ 2\.0 with fewer than 4\.0 HER2 signals per cell\. Unless IHC is 3\+, the tumour is considered HER2-negative/,
        );
      }
    } else {
      expect(result.comment).toBeNull();
    }
  });
});

// §2.2 and §2.6: the recount step is quoted from the figures for groups 3 and 4 (Figs 5–6); for group
// 2 (Fig 4 not seen) it is UNCONFIRMED, so a result whose path passes group 2's recount says so, and
// no other does: cases 9 and 19 (recount pending, changing group) and 18 (HER2-negative, a status
// confirmed by secondary sources, §2.3, so only the step and its wording are in doubt there).
describe("classifyHer2: group 2's recount is marked not confirmed (§2.2, §2.6)", () => {
  it.each(VALID_CASES)("case %i, %s", (_n, _name, inputs, _group, _status, _outcome, pathColumn) => {
    const path = pathFrom(pathColumn);
    const expected = !path.includes("g2-recount")
      ? null
      : path.includes("status-negative-comment")
        ? GROUP_2_RECOUNT_CAVEAT.negative
        : GROUP_2_RECOUNT_CAVEAT.step;
    expect(classifyInputs(inputs).caveat).toBe(expected);
  });

  it("marks every group-2 path with IHC 2+: recount pending, same group (negative with comment) and another group (adjudication)", () => {
    const recounts = ["", ", recountRatio=2.1, recountCopies=3.2", ", recountRatio=1.5, recountCopies=6.5"];
    const results = recounts.map((recount) => classifyInputs(`ihc=2+, ratio=2.2, copies=3.5${recount}`));
    expect(results.map((r) => (r.kind === "pending" ? r.nextStep : r.status))).toEqual(["recount", "negative", "adjudication"]);
    expect(results.map((r) => r.caveat)).toEqual([GROUP_2_RECOUNT_CAVEAT.step, GROUP_2_RECOUNT_CAVEAT.negative, GROUP_2_RECOUNT_CAVEAT.step]);
    // The negative result's caveat does not put the status in doubt, and names group 4's figure, not group 3's (positive there).
    expect(GROUP_2_RECOUNT_CAVEAT.negative).toContain("The HER2-negative result itself is confirmed");
    expect(classifyInputs("ihc=2+, ratio=1.5, copies=6.8").caveat).toBeNull();
  });
});

describe("classifyHer2: reference §2.3, ISH group × concurrent IHC (dual-probe)", () => {
  // One reading per group, well inside its thresholds (§2.1); the boundary tests cover the edges.
  const readings = {
    1: "ratio=2.5, copies=6.5",
    2: "ratio=2.2, copies=3.5",
    3: "ratio=1.5, copies=6.8",
    4: "ratio=1.8, copies=4.5",
    5: "ratio=1.2, copies=2.5",
  };
  // §2.3 as a table: what each cell says happens, before any recount.
  const table = [
    [1, { none: "positive", "0": "positive", "1+": "positive", "2+": "positive", "3+": "positive" }],
    [2, { none: "reflex-ihc", "0": "negative-with-comment", "1+": "negative-with-comment", "2+": "recount", "3+": "positive" }],
    [3, { none: "reflex-ihc", "0": "negative-with-comment", "1+": "negative-with-comment", "2+": "recount", "3+": "positive" }],
    [4, { none: "reflex-ihc", "0": "negative-with-comment", "1+": "negative-with-comment", "2+": "recount", "3+": "positive" }],
    [5, { none: "negative", "0": "negative", "1+": "negative", "2+": "negative", "3+": "positive" }],
  ] as const;
  const cells = table.flatMap(([group, byIhc]) => Object.entries(byIhc).map(([ihc, expected]) => [group, ihc, expected] as const));

  it.each(cells)("group %i with IHC %s: %s", (group, ihc, expected) => {
    const result = classifyInputs(ihc === "none" ? readings[group] : `ihc=${ihc}, ${readings[group]}`);
    const outcome = result.kind === "pending" ? result.nextStep : result.status === "negative" && result.withComment ? "negative-with-comment" : result.status;
    expect(outcome).toBe(expected);
    expect(result.ishGroup).toBe(group);
  });
});

describe("classifyHer2: details beyond the case table", () => {
  it("gives the group's own comment with 'negative with comment' (§2.4)", () => {
    for (const [inputs, group] of [
      ["ihc=1+, ratio=2.3, copies=3.0", 2],
      ["ihc=1+, ratio=1.4, copies=7.0", 3],
      ["ihc=0, ratio=1.8, copies=5.0", 4],
    ] as const) {
      const result = classifyInputs(inputs);
      expect(result).toMatchObject({ status: "negative", withComment: true, comment: GROUP_COMMENT[group], report: "HER2 Negative with Comment" });
    }
  });

  it("quotes the figure wording where the path ends (§2.6)", () => {
    const expected: [string, string][] = [
      ["ihc=3+", "IHC 3+ positive"],
      ["ihc=1+", "IHC 1+ negative"],
      ["ihc=0", "IHC 0 negative"],
      ["ihc=0, ultralow=true", "IHC 0 negative, with membrane staining (ultralow)"],
      ["ihc=0, ultralow=false", "IHC 0 negative, absent membrane staining (null)"],
      ["ihc=2+, ratio=2.5, copies=6.5", "ISH positive"],
      ["ihc=2+, ratio=1.2, copies=2.5", "ISH negative"],
      ["ihc=2+, ratio=1.5, copies=6.8, recountRatio=1.6, recountCopies=6.4", "HER2 Positive"],
      [
        "ihc=2+, ratio=1.5, copies=6.2, recountRatio=1.6, recountCopies=5.8",
        "Result should be adjudicated per internal procedures to determine final category",
      ],
      ["ihc=2+, copies=5.0, assay=single", "Perform dual-probe ISH for final result"],
    ];
    for (const [inputs, report] of expected) expect(classifyInputs(inputs).report).toBe(report);
    expect(classifyInputs("ihc=2+").report).toMatch(/^IHC 2\+ equivocal\. Must order reflex test/);
    expect(classifyInputs("ratio=1.7, copies=4.8").report).toMatch(/same tissue sample used for ISH/);
  });

  it("flags IHC 3+ only against ISH group 5, not against groups 1–4 (R-DISC)", () => {
    const flags = ["ratio=2.5, copies=6.5", "ratio=2.2, copies=3.5", "ratio=1.5, copies=6.8", "ratio=1.8, copies=4.5", "ratio=1.2, copies=2.5"].map((ish) => {
      const result = classifyInputs(`ihc=3+, ${ish}`);
      return result.kind === "final" && result.status === "positive" ? result.flags : null;
    });
    expect(flags).toEqual([[], [], [], [], ["discordant-ihc3-ish5"]]);
  });

  it("follows a recount that changes group in either direction to adjudication, never to a status (§6 item 10)", () => {
    for (const recount of ["recountRatio=1.2, recountCopies=2.5", "recountRatio=1.5, recountCopies=6.8", "recountRatio=2.5, recountCopies=6.5"]) {
      const result = classifyInputs(`ihc=2+, ratio=1.8, copies=4.5, ${recount}`);
      expect(result).toMatchObject({ kind: "pending", nextStep: "adjudication", ishGroup: 4 });
    }
  });

  it("does not depend on how the caller built the input object, and does not change it", () => {
    const input: Her2Input = {
      ihc: { score: 2 },
      ish: { assay: "dual", ratio: 2.2, copies: 3.5, cep17: null, recount: { ratio: 2.1, copies: 3.6 } },
    };
    const before = structuredClone(input);
    const first = classifyHer2(input);
    expect(classifyHer2(input)).toEqual(first);
    expect(input).toEqual(before);
    expect(first).toMatchObject({ status: "negative", category: "her2-low", recountGroup: 2 });
  });
});
