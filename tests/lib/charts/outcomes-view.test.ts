// One patient's outcomes as the page says them: the sentence, bars that add up to 100 women, the
// harms the model counts said rather than drawn, 100 whole women in the picture; the URL state;
// and the links other pages make into /outcomes.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { OUTCOME_CATEGORIES, OUTCOME_STYLES } from "@/lib/charts/outcome-style";
import { outcomeBarsDrawing } from "@/lib/charts/outcomes-scene";
import { EXAMPLE_PATIENT, outcomesSearch, parseOutcomesState } from "@/lib/charts/outcomes-state";
import { harmSentence, NEWER_HER2_DRUGS, outcomesView } from "@/lib/charts/outcomes-view";
import { CHARTS } from "@/lib/charts/registry";
import { outcomesHref, subtypeOutcomesHref } from "@/lib/outcomes-link";
import { CHECKED_RANGES, parsePredictQuery } from "@/lib/predict/inputs";
import { predictOutcomes } from "@/lib/predict/model";
import type { Mark } from "@/lib/scene/types";
import { BACKGROUNDS, contrastRatio } from "@/lib/theme";
import { predictInput } from "../predict/arbitraries";

const viewOf = (input: typeof EXAMPLE_PATIENT) => outcomesView(input, predictOutcomes(input));
const patient = (query: string) => {
  const parsed = parsePredictQuery(new URLSearchParams(query));
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.input;
};
/** A 67-year-old with little to gain from radiotherapy and 6 Gy to the heart. */
const HEART_HARM = patient("age=67&screen=1&size=12&grade=2&nodes=0&er=1&pr=1&her2=0&ki67=0&generation=0&horm=1&traz=0&bis=1&radio=1&heartGy=6&smoker=1");
/** An 84-year-old given third-generation chemotherapy: the model's harm outweighs what it adds. */
const CHEMO_HARM = patient("age=84&screen=0&size=10&grade=1&nodes=0&er=1&pr=1&her2=0&ki67=0&generation=3&horm=1&traz=0&bis=0&radio=1&heartGy=2&smoker=1");
const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

describe("the outcomes view", () => {
  it("answers the example as PREDICT would show it: 83 of 100 alive at 10 years with the treatments, 62 without", () => {
    expect(viewOf(EXAMPLE_PATIENT).headline).toBe(
      "Of 100 women like this, about 83 are alive 10 years after surgery with the treatments chosen; without them, about 62.",
    );
  });

  it("says surgery alone when no treatment is chosen", () => {
    const view = viewOf({ ...EXAMPLE_PATIENT, generation: 0, traz: 0, radio: 0, heartGy: 0 });
    expect(view.headline).toMatch(/^Of 100 women like this, about \d+ are alive 10 years after surgery, with surgery alone\.$/);
    expect(view.given).toEqual([]);
  });

  it("splits every year's 100 women into segments that add up to 100, none negative, for any valid patient", () => {
    fc.assert(
      fc.property(predictInput, (input) => {
        const view = viewOf(input);
        for (const year of view.years) {
          expect(Math.abs(sum(year.segments.map((s) => s.value)) - 100)).toBeLessThan(1e-8);
          expect(year.segments.every((s) => s.value >= 0)).toBe(true);
        }
        expect(sum(view.icons.map((icon) => icon.count))).toBe(100);
        // The picture draws as many alive as the sentence above it says.
        const alive = view.icons.filter((icon) => !["harm", "breast", "other"].includes(icon.category));
        expect(view.headline).toContain(`about ${sum(alive.map((icon) => icon.count))} are alive`);
        expect(view.curves.chosen[0]).toBe(100);
      }),
      { seed: 21, numRuns: 200 },
    );
  });

  it("says a harm the model counts, by treatment, and draws it as no treatment's gain: radiation to the heart with little else to gain", () => {
    const input = HEART_HARM;
    const view = viewOf(input);
    const ten = view.years.find((y) => y.year === 10);
    expect(ten?.harms.map((h) => h.category)).toEqual(["radio"]);
    expect(ten?.segments.map((s) => s.category)).not.toContain("radio");
    expect(harmSentence(view)).toMatch(/^In this model, radiotherapy lowers the number alive at 10 years by \d+\.\d in 100/);
    expect(harmSentence(viewOf(EXAMPLE_PATIENT))).toBe("");
  });

  it("cautions a heart dose above the checked ones in the image's takeaway, as the page does beside its result", () => {
    const takeaway = (heartGy: number) =>
      CHARTS.outcomes.content(Object.fromEntries(new URLSearchParams(outcomesSearch({ ...EXAMPLE_PATIENT, heartGy })))).takeaway;
    expect(takeaway(99)).toContain(
      `Radiation dose to the heart: 99 Gy is above the doses the model’s results were checked at (0–${CHECKED_RANGES.heartGy.max} Gy)`,
    );
    expect(takeaway(CHECKED_RANGES.heartGy.max)).not.toContain("checked at");
  });

  it("says in the image's takeaway, as the page and the embed do, that newer HER2 drugs are not in the model, for a HER2-positive patient only", () => {
    const takeaway = (her2: 0 | 1) =>
      CHARTS.outcomes.content(Object.fromEntries(new URLSearchParams(outcomesSearch({ ...EXAMPLE_PATIENT, her2, traz: her2 })))).takeaway;
    expect(takeaway(1)).toContain(NEWER_HER2_DRUGS);
    expect(takeaway(0)).not.toContain(NEWER_HER2_DRUGS);
    expect(CHARTS.outcomes.content({}).takeaway).toContain(NEWER_HER2_DRUGS);
  });

  it("keeps 'alive with surgery alone' true where the model counts a harm: those alive either way, and those the harm costs", () => {
    const input = CHEMO_HARM;
    const result = predictOutcomes(input);
    const view = outcomesView(input, result);
    const at = (name: "surgeryOnly" | "radioHormone5ChemoTrazBis", series: "allCauseSurvival" | "otherDeaths") =>
      result.results.find((r) => r.treatment === name)?.[series][9] ?? Number.NaN;
    const ten = view.years.find((y) => y.year === 10)!;
    const value = (category: string) => ten.segments.find((s) => s.category === category)?.value ?? Number.NaN;
    const harm = sum(ten.harms.map((h) => h.value));
    expect(harm).toBeGreaterThan(0);
    // Alive either way plus those the harm costs are exactly those alive with surgery alone.
    expect(Math.abs(value("surgery") + value("harm") - at("surgeryOnly", "allCauseSurvival"))).toBeLessThan(1e-9);
    expect(Math.abs(value("harm") - harm)).toBeLessThan(1e-9);
    expect(Math.abs(value("other") + value("harm") - at("radioHormone5ChemoTrazBis", "otherDeaths"))).toBeLessThan(1e-9);
    expect(ten.segments.find((s) => s.category === "surgery")?.label).toBe("Alive with or without the treatments");
    expect(view.icons.find((icon) => icon.category === "harm")?.label).toBe("Alive with surgery alone, died of a treatment’s harm");
    // Without a harm, the survivors are those alive with surgery alone, and there is no harm segment.
    const example = viewOf(EXAMPLE_PATIENT).years.find((y) => y.year === 10)!;
    expect(example.segments.find((s) => s.category === "surgery")?.label).toBe("Alive with surgery alone");
    expect(example.segments.map((s) => s.category)).not.toContain("harm");
  });

  it("writes on an image's wide segments the picture's whole women: at 10 years, the icon array's counts", () => {
    const view = viewOf(EXAMPLE_PATIENT);
    const countsAt = (counted: boolean, year: number) =>
      outcomeBarsDrawing(view, 0, 60, counted)
        .marks.filter((mark): mark is Extract<Mark, { kind: "group" }> => mark.kind === "group" && mark.data?.year === String(year))
        .map((group) => group.marks.find((mark) => mark.kind === "text"))
        .map((text) => (text?.kind === "text" ? text.text : null));
    const wide = (icon: { category: string }) => (view.years[1]?.segments.find((s) => s.category === icon.category)?.value ?? 0) >= 6;
    expect(countsAt(true, 10)).toEqual(view.icons.map((icon) => (wide(icon) ? String(icon.count) : null)));
    expect(countsAt(true, 10)).toEqual(["62", null, "10", null, "16", null]);
    // The page's bars carry no numbers: their tooltips and the table give them.
    expect(countsAt(false, 10).every((text) => text === null)).toBe(true);
  });

  it.each(OUTCOME_CATEGORIES)("paints %s with at least 3:1 contrast on both backgrounds", (category) => {
    expect(contrastRatio(OUTCOME_STYLES[category].color.light, BACKGROUNDS.light)).toBeGreaterThanOrEqual(3);
    expect(contrastRatio(OUTCOME_STYLES[category].color.dark, BACKGROUNDS.dark)).toBeGreaterThanOrEqual(3);
  });
});

describe("the outcomes page's state", () => {
  const full = Object.fromEntries(new URLSearchParams(outcomesSearch(EXAMPLE_PATIENT)));

  it("reads a whole patient from the URL, and writes the same URL back", () => {
    const { state } = parseOutcomesState(full);
    expect(state).toEqual({ kind: "valid", input: EXAMPLE_PATIENT });
  });

  it("shows the form alone without inputs, and a draft for a link that sets some", () => {
    expect(parseOutcomesState({}).state).toEqual({ kind: "empty" });
    expect(parseOutcomesState({ er: "0", her2: "1" }).state).toEqual({ kind: "draft", values: { er: "0", her2: "1" } });
  });

  it("names every wrong field of a submitted form, and gives no patient", () => {
    const { state } = parseOutcomesState({ ...full, age: "90", size: "0", grade: "" });
    expect(state.kind).toBe("invalid");
    if (state.kind === "invalid") expect(Object.keys(state.errors).sort()).toEqual(["age", "grade", "size"]);
    expect(parseOutcomesState({ er: "0", her2: "2" }).state).toMatchObject({ kind: "invalid", errors: { her2: expect.any(String) } });
  });

  it("asks for no heart dose without radiotherapy", () => {
    expect(parseOutcomesState({ ...full, radio: "0", heartGy: "2" }).state).toMatchObject({
      kind: "invalid",
      errors: { heartGy: expect.stringContaining("no radiotherapy") },
    });
    expect(parseOutcomesState({ ...full, radio: "0", heartGy: "0" }).state.kind).toBe("valid");
  });

  it("leaves out an input the link gives twice, with a notice naming it, rather than taking the first", () => {
    const { state, notices } = parseOutcomesState({ ...full, age: ["42", "43"] });
    const { age: _age, ...rest } = full;
    expect(state).toEqual({ kind: "draft", values: rest });
    expect(notices).toEqual(["The link gives “age” more than once, so it was left out; the other answers are kept."]);
    expect(parseOutcomesState({ age: ["42", "42"] })).toEqual({ state: { kind: "empty" }, notices: [expect.stringContaining("“age” more than once")] });
  });

  it("notes a parameter it does not know, without echoing markup", () => {
    const { notices } = parseOutcomesState({ ...full, "<b>x": "1" });
    expect(notices).toHaveLength(1);
    expect(notices[0]).not.toContain("<b>");
  });
});

describe("links into /outcomes", () => {
  it("sets what a HER2 result or a subtype settles, and nothing else", () => {
    expect(outcomesHref({ her2: 1 })).toBe("/outcomes?her2=1");
    expect(outcomesHref({})).toBe("/outcomes");
    expect(subtypeOutcomesHref("hr-neg-her2-pos")).toBe("/outcomes?er=0&pr=0&her2=1");
    // HR-positive is ER or PR positive, not which: left for the reader.
    expect(subtypeOutcomesHref("hr-pos-her2-neg")).toBe("/outcomes?her2=0");
  });
});
