import { describe, expect, it } from "vitest";
import { type CaseDraft, caseSearch, draftFromSearchParams, draftOfCase, draftSearch, EMPTY_DRAFT, viewDraft } from "@/lib/her2/case-draft";
import { exploreOutcomes } from "@/lib/her2/explore";

const draft = (change: Partial<CaseDraft>, values: Partial<CaseDraft["values"]> = {}): CaseDraft => ({
  ...EMPTY_DRAFT,
  ...change,
  values: { ...EMPTY_DRAFT.values, ...values },
});

describe("viewDraft: the stepper asks only what the algorithm needs next", () => {
  it("starts with the IHC question only, and no result", () => {
    const view = viewDraft(EMPTY_DRAFT);
    expect(view.questions).toEqual({ ultralow: false, ish: false, optionalIsh: false, recount: false });
    expect(view.outcome).toEqual({ kind: "incomplete" });
  });

  it("needs ISH after IHC 2+ or without IHC, and offers it after a final IHC result", () => {
    expect(viewDraft(draft({ ihc: "2+" })).questions).toMatchObject({ ish: true, optionalIsh: false });
    expect(viewDraft(draft({ ihc: "none" })).questions).toMatchObject({ ish: true, optionalIsh: false });
    expect(viewDraft(draft({ ihc: "1+" })).questions).toMatchObject({ ish: false, optionalIsh: true });
    expect(viewDraft(draft({ ihc: "0" })).questions).toMatchObject({ ultralow: true, optionalIsh: true });
  });

  it("asks for the recount only while the case waits for one, and ignores stale recount values", () => {
    const waiting = viewDraft(draft({ ihc: "2+" }, { ratio: "2.2", copies: "3.5", recountRatio: "9", recountCopies: "9" }));
    expect(waiting.questions.recount).toBe(true);
    const group1 = viewDraft(draft({ ihc: "2+" }, { ratio: "2.5", copies: "5.0", recountRatio: "9", recountCopies: "9" }));
    expect(group1.questions.recount).toBe(false);
    expect(group1.fields).toEqual({ ihc: "2+", ratio: "2.5", copies: "5.0" });
  });

  it("waits for a number the answers require, naming it; a wrong number is invalid", () => {
    const view = viewDraft(draft({ ihc: "2+" }, { ratio: " 2.5 " }));
    expect(view.fields).toEqual({ ihc: "2+", ratio: "2.5" });
    expect(view.outcome).toEqual({ kind: "incomplete", needs: { parameter: "copies", message: "Required when ratio is given." } });
    expect(viewDraft(draft({ ihc: "2+" }, { copies: "4.5" })).outcome).toMatchObject({ kind: "incomplete", needs: { parameter: "ratio" } });
    expect(viewDraft(draft({ ihc: "2+" }, { ratio: "2.5", copies: "0" })).outcome).toMatchObject({ kind: "invalid", error: { parameter: "copies" } });
    // A rule between two given values names a field that is not empty: invalid, not waiting.
    expect(viewDraft(draft({ ihc: "2+" }, { ratio: "3.0", copies: "4.0", cep17: "2.0" })).outcome).toMatchObject({
      kind: "invalid",
      error: { parameter: "ratio" },
    });
  });

  it("sends single-probe ISH as assay=single with copies only", () => {
    expect(viewDraft(draft({ ihc: "none", assay: "single" }, { ratio: "2.5", copies: "5.0" })).fields).toEqual({ assay: "single", copies: "5.0" });
  });
});

describe("values wrong on their own", () => {
  it("are each named at once: a decimal comma in both ISH numbers marks both (the case's error names only the first)", () => {
    const view = viewDraft(draft({ ihc: "2+" }, { ratio: "2,1", copies: "4,5" }));
    expect(view.outcome).toMatchObject({ kind: "invalid", error: { parameter: "ratio" } });
    expect(view.valueErrors.ratio?.message).toMatch(/^Write the decimal with a point, as in 2\.1\./);
    expect(view.valueErrors.copies?.message).toMatch(/^Write the decimal with a point, as in 4\.5\./);
  });

  it("are only the values the case asks for, and none once each reads", () => {
    expect(viewDraft(draft({ ihc: "2+" }, { ratio: "2.1", copies: "4.5" })).valueErrors).toEqual({});
    // IHC 1+ asks no recount: a value left in a field not asked for is not marked.
    expect(viewDraft(draft({ ihc: "1+" }, { recountRatio: "2,1" })).valueErrors).toEqual({});
  });
});

describe("draftOfCase: an explored route's example tried in the stepper", () => {
  const examples = [...exploreOutcomes().values()].flat().map((route) => route.example);

  it("is the draft its link opens, for every route into every outcome", () => {
    expect(examples.length).toBeGreaterThan(20);
    for (const example of examples) expect(draftOfCase(example)).toEqual(draftFromSearchParams(example).draft);
  });

  it("reads ISH values without a score as 'IHC not done', and an empty case as unanswered", () => {
    expect(draftOfCase({ ratio: "2.5", copies: "5.0" }).ihc).toBe("none");
    expect(draftOfCase({ ihc: "2+", ratio: "2.5" }).ihc).toBe("2+");
    expect(draftOfCase({})).toEqual(EMPTY_DRAFT);
    // A blank score is "not done", as the stepper's own link writes it: never IHC 0.
    expect(draftOfCase({ ihc: "" }).ihc).toBe("none");
  });
});

describe("the case in the URL", () => {
  it("writes the API's parameter names in the API's order", () => {
    expect(caseSearch({ copies: "5.1", ratio: "2.5", ihc: "2+" })).toBe("?ihc=2%2B&ratio=2.5&copies=5.1");
    expect(caseSearch({})).toBe("");
  });

  it("reopens a shared link as the same answers", () => {
    const { draft: opened, notice } = draftFromSearchParams({ ihc: "2+", ratio: "2.5", copies: "5.1", utm_source: "mail" });
    expect(notice).toBeNull();
    expect(opened).toEqual(draft({ ihc: "2+" }, { ratio: "2.5", copies: "5.1" }));
    expect(viewDraft(opened).fields).toEqual({ ihc: "2+", ratio: "2.5", copies: "5.1" });
    expect(draftFromSearchParams({ ihc: "0", ultralow: "true" }).draft).toEqual(draft({ ihc: "0", ultralow: "true" }));
    expect(draftFromSearchParams({ copies: "5.0", assay: "single" }).draft).toEqual(draft({ ihc: "none", assay: "single" }, { copies: "5.0" }));
  });

  it("reads the no-JavaScript form: blank fields are not given, and ihc= means IHC not done", () => {
    expect(draftFromSearchParams({ ihc: "", ratio: "", copies: "", assay: "dual" }).draft).toEqual(draft({ ihc: "none" }));
    expect(draftFromSearchParams({ ihc: "", ratio: "1.2", copies: "2.4", cep17: "" }).draft).toEqual(draft({ ihc: "none" }, { ratio: "1.2", copies: "2.4" }));
  });

  it("opens a link whose only values are invalid as an empty case, with a notice that never repeats the raw value", () => {
    for (const params of [{ ihc: "4+" }, { ihc: ["2+", "3+"] }, { ratio: "<script>alert(1)</script>" }]) {
      const { draft: opened, notice } = draftFromSearchParams(params);
      expect(opened).toEqual(EMPTY_DRAFT);
      expect(notice).toMatch(/^The link's “(ihc|ratio)” value could not be used, so the case starts empty\.$/);
    }
  });

  it("leaves out only the invalid value, names it, and keeps the other answers", () => {
    const { draft: opened, notice } = draftFromSearchParams({ ihc: "2+", ratio: "<script>alert(1)</script>", copies: "4" });
    expect(opened).toEqual(draft({ ihc: "2+" }, { copies: "4" }));
    expect(notice).toBe("The link's “ratio” value could not be used, so it was left out; the other answers are kept.");
    expect(notice).not.toContain("script");
    // The stepper then marks the question still to answer.
    expect(viewDraft(opened).outcome).toMatchObject({ kind: "incomplete", needs: { parameter: "ratio" } });

    const twoBad = draftFromSearchParams({ ihc: "2+", ratio: "-1", copies: "abc" });
    expect(twoBad.draft).toEqual(draft({ ihc: "2+" }));
    expect(twoBad.notice).toBe("The link's “ratio” and “copies” values could not be used, so they were left out; the other answers are kept.");
  });

  it("names the numbers it could not read, so the stepper can say so beside each field (a form sent without JavaScript)", () => {
    expect(draftFromSearchParams({ ihc: "2+", ratio: "abc", copies: "-3" }).unreadable).toEqual(["ratio", "copies"]);
    expect(draftFromSearchParams({ ihc: "2+", ratio: "2.5", copies: "5.1" }).unreadable).toEqual([]);
    // Not a number it could not read: a valid recount the case does not ask for, or an unreadable score.
    expect(draftFromSearchParams({ ihc: "1+", ratio: "2.3", copies: "3.0", recountRatio: "2.2", recountCopies: "3.1" }).unreadable).toEqual([]);
    expect(draftFromSearchParams({ ihc: "2++x", ratio: "2.5", copies: "5.1" }).unreadable).toEqual([]);
    // A case that starts empty has no field to mark.
    expect(draftFromSearchParams({ ratio: "abc" }).unreadable).toEqual([]);
  });

  it("keeps the other answers when the IHC score is invalid, and leaves the IHC question open", () => {
    const { draft: opened, notice } = draftFromSearchParams({ ihc: "2++x", ratio: "2.5", copies: "5.1" });
    expect(opened).toEqual(draft({ ihc: null }, { ratio: "2.5", copies: "5.1" }));
    expect(notice).toBe("The link's “ihc” value could not be used, so it was left out; the other answers are kept.");
  });

  it("names valid values the answers leave no place for, and does not keep them out of sight", () => {
    // Reference cases 54 (ultralow with IHC 1+) and 56 (a recount the case does not ask for).
    const ultralow = draftFromSearchParams({ ihc: "1+", ultralow: "true" });
    expect(ultralow.draft).toEqual(draft({ ihc: "1+" }));
    expect(ultralow.notice).toBe("The link's “ultralow” value could not be used, so it was left out; the other answers are kept.");
    const recount = draftFromSearchParams({ ihc: "1+", ratio: "2.3", copies: "3.0", recountRatio: "2.2", recountCopies: "3.1" });
    expect(recount.draft).toEqual(draft({ ihc: "1+" }, { ratio: "2.3", copies: "3.0" }));
    expect(recount.notice).toMatch(/^The link's “recountRatio” and “recountCopies” values could not be used/);
    const single = draftFromSearchParams({ ratio: "2.1", copies: "5.0", assay: "single" });
    expect(single.draft).toEqual(draft({ ihc: "none", assay: "single" }, { copies: "5.0" }));
    expect(single.notice).toMatch(/^The link's “ratio” value could not be used/);
  });
});

/** What the page gets back from the address bar (Next decodes the query the same way). */
const reopen = (search: string) => draftFromSearchParams(Object.fromEntries(new URLSearchParams(search)));

describe("the stepper's own link round-trips a case however far it was answered", () => {
  const cases: [string, CaseDraft, string][] = [
    ["IHC not done, nothing typed yet", draft({ ihc: "none" }), "?ihc="],
    ["IHC not done, single-probe chosen", draft({ ihc: "none", assay: "single" }), "?ihc=&assay=single"],
    ["IHC 2+, ratio typed before copies", draft({ ihc: "2+" }, { ratio: "2.5" }), "?ihc=2%2B&ratio=2.5"],
    ["IHC 2+, single-probe chosen before copies", draft({ ihc: "2+", assay: "single" }), "?ihc=2%2B&assay=single"],
    ["IHC 0, ultralow not answered yet", draft({ ihc: "0" }), "?ihc=0"],
    [
      "group 2 waiting for the second recount value",
      draft({ ihc: "2+" }, { ratio: "2.2", copies: "3.5", recountRatio: "2.1" }),
      "?ihc=2%2B&ratio=2.2&copies=3.5&recountRatio=2.1",
    ],
    ["ISH first, copies typed before the ratio", draft({ ihc: "none" }, { copies: "4.8" }), "?copies=4.8"],
    ["a complete case", draft({ ihc: "2+" }, { ratio: "2.5", copies: "5.1" }), "?ihc=2%2B&ratio=2.5&copies=5.1"],
    ["a complete single-probe case", draft({ ihc: "none", assay: "single" }, { copies: "5.0" }), "?copies=5.0&assay=single"],
  ];
  for (const [name, typed, search] of cases) {
    it(name, () => {
      expect(draftSearch(typed)).toBe(search);
      const { draft: opened, notice } = reopen(search);
      expect(notice).toBeNull();
      expect(opened).toEqual(typed);
      // The same questions, path and next question as before the reload.
      expect(viewDraft(opened)).toEqual(viewDraft(typed));
    });
  }

  it("the half-typed case reopens at its next question: copies", () => {
    const view = viewDraft(reopen("?ihc=2%2B&ratio=2.5").draft);
    expect(view.questions).toMatchObject({ ish: true });
    expect(view.outcome).toMatchObject({ kind: "incomplete", needs: { parameter: "copies" } });
    // The path as far as it goes: IHC 2+ waits for its ISH result.
    expect(view.path).toEqual(["start", "ihc", "ihc-2", "reflex-ish", "pending-ish"]);
    const recount = viewDraft(reopen("?ihc=2%2B&ratio=2.2&copies=3.5&recountRatio=2.1").draft);
    expect(recount.path.at(-1)).toBe("pending-recount");
    expect(recount.outcome).toMatchObject({ kind: "incomplete", needs: { parameter: "recountCopies" } });
    // An optional ISH result half-typed is another route: no path until it is valid.
    expect(viewDraft(reopen("?ihc=1%2B&ratio=2.5").draft).path).toEqual([]);
  });

  it("a complete case's link is its API query", () => {
    const typed = draft({ ihc: "2+" }, { ratio: "2.5", copies: "5.1" });
    expect(draftSearch(typed)).toBe(caseSearch(viewDraft(typed).fields));
  });

  it("an invalid value typed in one field reopens without it, named, with the rest kept", () => {
    const typed = draft({ ihc: "2+" }, { ratio: "2.5", copies: "5,1" });
    const { draft: opened, notice } = reopen(draftSearch(typed));
    expect(opened).toEqual(draft({ ihc: "2+" }, { ratio: "2.5" }));
    expect(notice).toBe("The link's “copies” value could not be used, so it was left out; the other answers are kept.");
  });
});
