// The trial chart: its words (the takeaway's hazard ratio, the reader's sentence), its axis and
// number at risk, its keyboard stops, and the image drawn from the same view.
import { describe, expect, it } from "vitest";
import { trialImageScene, trialScene } from "@/lib/charts/trial-scene";
import { ARM_ROLES, ARM_STYLES } from "@/lib/charts/trial-style";
import { trialView } from "@/lib/charts/trial-view";
import { EXPORT_SIZES } from "@/lib/scene/frame";
import { BACKGROUNDS, contrastRatio } from "@/lib/theme";
import { knownAnalysis } from "@/lib/trials/analysis";
import { ENDPOINT_IDS, trialEndpoint } from "@/lib/trials/data";
import { survivalAt } from "@/lib/trials/statistics";
import { allMarks, datums, groups, texts } from "./scene-marks";

const viewOf = (id: string) => trialView(knownAnalysis(id));

describe("the trial chart's words", () => {
  it.each([
    ["cleopatra-os", "Hazard ratio 0.68 (95% confidence interval 0.55–0.83) for death", "a 32% lower rate of death"],
    ["th3resa-pfs", "Hazard ratio 0.52", "lower rate of progression or death"],
    ["altto-lapatinib-os", "Hazard ratio 1.30", "higher rate of death"],
  ])("%s says its hazard ratio, interval and direction", (id, start, direction) => {
    const { takeaway } = viewOf(id);
    expect(takeaway.startsWith(start)).toBe(true);
    expect(takeaway).toContain(direction);
  });

  it.each([
    ["cleopatra-os", "In this trial in advanced or metastatic breast cancer, of 100 people given"],
    ["extenet-idfs", "In this trial in early breast cancer, of 100 people given"],
  ])("%s names the trial's setting before its figures", (id, start) => {
    expect(viewOf(id).reader.startsWith(start)).toBe(true);
  });

  it("counts of 100 people at the latest landmark both arms still follow, from the curves themselves", () => {
    const analysis = knownAnalysis("cleopatra-os");
    const at60 = [analysis.experimental, analysis.control].map((arm) => Math.round((survivalAt(arm.fit, [60])[0]?.survival ?? 0) * 100));
    expect(viewOf("cleopatra-os").reader).toContain(
      `of 100 people given pertuzumab with trastuzumab and docetaxel, about ${at60[0]} were alive at 5 years, against ${at60[1]} of 100`,
    );
    expect(viewOf("cleopatra-os").reader).toContain("not a forecast for one person");
    // TH3RESA's progression-free follow-up is short: its sentence reads an earlier time.
    expect(viewOf("th3resa-pfs").reader).toMatch(/at (\d+ months|1 year)/);
  });
});

describe("what the trial chart's words claim", () => {
  // The computed 95% interval, or the paper's own shown interval (ALTTO printed 97.5% intervals for multiple comparisons).
  it.each(ENDPOINT_IDS)("%s says the difference may be chance exactly when an interval around its hazard ratio includes 1", (id) => {
    const includesOne = ({ lower, upper }: { lower: number | null; upper: number | null }) => (lower ?? 0) <= 1 && (upper ?? Infinity) >= 1;
    const printed = trialEndpoint(id)!.published.some(
      (figure) => figure.measure === "hazard-ratio" && figure.status !== "unconfirmed" && figure.interval !== null && includesOne(figure.interval),
    );
    const chance = includesOne(knownAnalysis(id).hazardRatio) || printed;
    expect(/may be chance\.$/.test(viewOf(id).takeaway)).toBe(chance);
    // The page opens with the "of 100 people" sentence: it says so too, and that the curves are reconstructed.
    expect(viewOf(id).reader.includes("The data cannot tell these apart: the difference may be chance.")).toBe(chance);
    expect(viewOf(id).reader).toContain("(read from curves reconstructed from the paper)");
  });

  it("ALTTO lapatinib + trastuzumab: the reconstruction's 95% interval excludes 1, the paper's 97.5% interval (0.70–1.02) does not", () => {
    const { upper } = knownAnalysis("altto-lapatinib-trastuzumab-dfs").hazardRatio;
    expect(upper).toBeLessThan(1);
    expect(viewOf("altto-lapatinib-trastuzumab-dfs").takeaway).toContain(
      "The paper's own 97.5% interval, 0.70–1.02, includes 1 (no difference), so by the trial's analysis the difference may be chance.",
    );
  });

  it("MARIANNE's T-DM1 comparison (interval across 1) is not read as a finding; CLEOPATRA's is", () => {
    expect(viewOf("marianne-tdm1-pfs").takeaway).toContain("may be chance");
    expect(viewOf("cleopatra-os").takeaway).not.toContain("may be chance");
  });

  it("writes “an 8%”, “an 11%”, “an 18%” and “an 80–89%”, never “a 8%”", () => {
    for (const id of ENDPOINT_IDS) expect(viewOf(id).takeaway).not.toMatch(/\ba (8|11|18|8\d)%/);
    expect(ENDPOINT_IDS.map((id) => viewOf(id).takeaway).join(" ")).toMatch(/\ban 8% lower rate/);
  });

  it("gives every endpoint its own title, naming the arm where a trial compared several", () => {
    const titles = ENDPOINT_IDS.map((id) => viewOf(id).title);
    expect(new Set(titles).size).toBe(titles.length);
    expect(viewOf("marianne-tdm1-pertuzumab-pfs").title).toBe("MARIANNE: progression-free survival (T-DM1 with pertuzumab)");
    expect(viewOf("cleopatra-os").title).toBe("CLEOPATRA: overall survival");
  });
});

describe.each(ENDPOINT_IDS)("the %s chart", (id) => {
  const view = viewOf(id);
  const scene = trialScene(view);

  it("runs its time axis past the last follow-up, with each arm's number at risk under every tick", () => {
    expect(view.ticks[0]).toBe(0);
    expect(view.axisMax).toBe(view.ticks.at(-1));
    for (const points of view.atTicks) {
      expect(points).toHaveLength(view.ticks.length);
      expect(points.every((p, i) => i === 0 || p.atRisk <= (points[i - 1]?.atRisk ?? Infinity))).toBe(true);
    }
    const table = groups(scene.marks).find((g) => g.data?.testid === "at-risk");
    expect(texts(table?.marks ?? [])).toEqual(expect.arrayContaining([view.arms[0].label, (view.atTicks[0][0]?.atRisk ?? 0).toLocaleString("en-US")]));
  });

  it("gives a keyboard stop per half tick, each naming both arms' share, interval and number at risk", () => {
    const stops = datums(scene.marks);
    expect(stops.length).toBe(view.stops.length);
    expect(stops[0]?.description).toMatch(/^0 months: .*100\.0%.*at risk/);
    for (const stop of stops) for (const arm of view.arms) expect(stop.description).toContain(arm.label);
  });

  it("draws each arm's curve, band and censor ticks in one stretched viewport", () => {
    const viewport = allMarks(scene.marks).find((m) => m.kind === "viewport");
    expect(viewport?.kind === "viewport" && viewport.align).toBe("stretch");
    const curves = allMarks(scene.marks).filter((m) => m.kind === "path" && m.className?.includes("km-curve"));
    expect(curves).toHaveLength(2);
  });
});

describe("the trial chart's image", () => {
  it.each(Object.keys(EXPORT_SIZES) as (keyof typeof EXPORT_SIZES)[])("at %s draws the legend, the axis note and no keyboard stops", (size) => {
    const view = viewOf("cleopatra-os");
    const image = trialImageScene({ kind: "trial", view, title: view.title, takeaway: view.takeaway, citation: "Source", address: "/trials", size });
    expect(datums(image.marks)).toEqual([]);
    expect(texts(image.marks)).toEqual(expect.arrayContaining([view.arms[0].label, view.arms[1].label, view.yLabel, "Number at risk"]));
  });

  it.each(ARM_ROLES)("paints the %s arm with at least 3:1 contrast on both backgrounds", (role) => {
    expect(contrastRatio(ARM_STYLES[role].color.light, BACKGROUNDS.light)).toBeGreaterThanOrEqual(3);
    expect(contrastRatio(ARM_STYLES[role].color.dark, BACKGROUNDS.dark)).toBeGreaterThanOrEqual(3);
  });

  it("tells the arms apart by line style too, not by colour alone", () => {
    expect(ARM_STYLES.control.dash).toBeTruthy();
    expect(ARM_STYLES.experimental.dash).toBeUndefined();
  });
});
