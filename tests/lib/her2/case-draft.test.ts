import { describe, expect, it } from "vitest";
import { caseSearch, describeFields, draftFromSearchParams, EMPTY_DRAFT, viewDraft, type CaseDraft } from "@/lib/her2/case-draft";

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

  it("reports the parser's error with the parameter it names", () => {
    const view = viewDraft(draft({ ihc: "2+" }, { ratio: " 2.5 " }));
    expect(view.fields).toEqual({ ihc: "2+", ratio: "2.5" });
    expect(view.outcome).toMatchObject({ kind: "invalid", error: { parameter: "copies" } });
  });

  it("sends single-probe ISH as assay=single with copies only", () => {
    expect(viewDraft(draft({ ihc: "none", assay: "single" }, { ratio: "2.5", copies: "5.0" })).fields).toEqual({ assay: "single", copies: "5.0" });
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

  it("opens an invalid link as an empty case with a notice that never repeats the raw value", () => {
    for (const params of [{ ihc: "4+" }, { ihc: "2+", ratio: "<script>alert(1)</script>", copies: "4" }, { ihc: ["2+", "3+"] }]) {
      const { draft: opened, notice } = draftFromSearchParams(params);
      expect(opened).toEqual(EMPTY_DRAFT);
      expect(notice).toMatch(/^The link's “(ihc|ratio)” value could not be used, so the case starts empty\.$/);
    }
  });

  it("describes a case in a few words", () => {
    expect(describeFields({ ihc: "2+", ratio: "2.5", copies: "5.0" })).toBe("IHC 2+, ratio 2.5, 5.0 copies");
    expect(describeFields({ copies: "5.0", assay: "single" })).toBe("no IHC, 5.0 copies, single-probe ISH");
  });
});
