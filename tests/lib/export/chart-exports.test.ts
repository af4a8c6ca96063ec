// @vitest-environment node
import { describe, expect, it } from "vitest";
import { scenePaint } from "@/lib/charts/colors";
import { COMPARE_TITLE, comparePanels, compareTakeaway } from "@/lib/charts/compare";
import { FLOW_COLORS } from "@/lib/charts/flow/style";
import type { ChartContent } from "@/lib/charts/image-scene";
import { shareTakeaway } from "@/lib/charts/prevalence";
import { CHARTS } from "@/lib/charts/registry";
import { MATRIX_TITLE, matrixNote, matrixView } from "@/lib/charts/subtype-matrix";
import type { MatrixContent } from "@/lib/charts/subtype-matrix-scene";
import { SURVIVAL_DEFAULTS } from "@/lib/charts/survival-state";
import { approvalsShown, chartLabel, survivalBands, TIMELINE_TITLE, timelineTakeaway } from "@/lib/charts/therapies";
import { parseTreatmentsState } from "@/lib/charts/therapies-state";
import { POPULATION_STYLES } from "@/lib/charts/therapy-style";
import { timelineKey } from "@/lib/charts/timeline-scene";
import { datasets } from "@/lib/datasets";
import { shareOfCases, shownSurvival } from "@/lib/datasets/queries";
import { HER2_POPULATION_LABELS } from "@/lib/datasets/therapy-dimensions";
import { chartSvg } from "@/lib/export/chart-svg";
import { formatFigure } from "@/lib/format";
import { classifyHer2, parseHer2Query } from "@/lib/her2";
import { EXPORT_SIZES } from "@/lib/scene/frame";
import { markerMark } from "@/lib/scene/marker";
import { markerGeometry } from "@/lib/scene/markers";
import { escapeXml, markToSvg } from "@/lib/scene/svg";
import { SUBTYPE_IDS, SUBTYPES } from "@/lib/subtypes";
import { THEME_TOKENS } from "@/lib/theme";

const count = (svg: string, needle: string) => svg.split(needle).length - 1;
const render = (content: ChartContent, size: "slide" | "square" = "slide", mode: "light" | "dark" = "light") => chartSvg({ ...content, size, mode });
const timeline = (params: Record<string, string> = {}) => CHARTS.treatments.content(params);

describe("treatments timeline image", () => {
  it("draws every approval and every survival band, with the page's title and takeaway", () => {
    const svg = render(timeline());
    const approvals = approvalsShown(datasets.therapies, parseTreatmentsState({}).state);
    expect(approvals).toHaveLength(datasets.therapies.length);
    expect(count(svg, 'data-testid="approval-mark"')).toBe(datasets.therapies.length);
    expect(count(svg, 'data-testid="survival-band"')).toBe(survivalBands(shownSurvival(datasets.survival)).length);
    expect(count(svg, 'data-testid="survival-band"')).toBe(2);
    expect(svg).toContain(`<title>${TIMELINE_TITLE}</title>`);
    expect(svg).toContain(`<desc>${timelineTakeaway(approvals, survivalBands(shownSurvival(datasets.survival)))}</desc>`);
  });

  it("names each drug once, at its row, and draws each approval's populations as markers the key names", () => {
    const svg = render(timeline());
    for (const drug of new Set(datasets.therapies.map(chartLabel))) expect(count(svg, `>${drug}</text>`), drug).toBe(1);
    const populations = datasets.therapies.flatMap((row) => row.populations);
    for (const population of new Set(populations))
      expect(count(svg, `data-population="${population}"`), population).toBe(populations.filter((p) => p === population).length);
    for (const item of timelineKey(datasets.therapies, { populations: true })) expect(svg).toContain(`>${escapeXml(item.text)}</text>`);
    expect(svg).toContain(`>${HER2_POPULATION_LABELS["her2-ultralow"]} (HR-positive only)</text>`);
  });

  it("follows the page's filters", () => {
    const state = parseTreatmentsState({ class: "tyrosine-kinase-inhibitor" }).state;
    const shown = approvalsShown(datasets.therapies, state);
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.length).toBeLessThan(datasets.therapies.length);
    const svg = render(timeline({ class: "tyrosine-kinase-inhibitor" }));
    expect(count(svg, 'data-testid="approval-mark"')).toBe(shown.length);
    expect(svg).toContain(timelineTakeaway(shown, survivalBands(shownSurvival(datasets.survival))));
    const lowOnly = approvalsShown(datasets.therapies, parseTreatmentsState({ population: "her2-low" }).state);
    expect(count(render(timeline({ population: "her2-low" })), 'data-testid="approval-mark"')).toBe(lowOnly.length);
  });

  it("uses the dark tokens and the dark population colours in dark mode", () => {
    const svg = render(timeline(), "slide", "dark");
    expect(svg).toContain(`fill="${THEME_TOKENS.dark.bg}"`);
    expect(svg).toContain(POPULATION_STYLES["her2-low"].color.dark);
    expect(svg).not.toContain(POPULATION_STYLES["her2-low"].color.light);
    expect(svg).not.toContain("var(--");
  });
});

describe("compare-two-subtypes image", () => {
  it("draws one array per subtype, filled as the page does, with the page's title and sentence", () => {
    const content = CHARTS.compare.content({});
    const svg = render(content);
    const panels = comparePanels(datasets.survival, SURVIVAL_DEFAULTS.compare);
    expect(panels).toHaveLength(2);
    expect(count(svg, 'data-testid="icon-array"')).toBe(2);
    for (const panel of panels) {
      expect(svg).toContain(`data-filled="${panel.filled}"`);
      expect(svg).toContain(panel.figure);
    }
    expect(svg).toContain(`<title>${COMPARE_TITLE}</title>`);
    expect(content.takeaway).toBe(compareTakeaway(datasets.survival, SURVIVAL_DEFAULTS.compare));
    // Ten by ten circles per array.
    expect(count(svg, "<circle")).toBe(200);
  });

  it("follows the compare parameter", () => {
    const pair = ["hr-pos-her2-pos", "hr-pos-her2-neg"] as const;
    const svg = render(CHARTS.compare.content({ compare: pair.join(",") }));
    for (const panel of comparePanels(datasets.survival, pair)) expect(svg).toContain(`data-filled="${panel.filled}"`);
  });
});

describe("testing flow image", () => {
  const params = new URLSearchParams("ihc=2%2B&ratio=2.5&copies=5");
  const casePath = () => {
    const parsed = parseHer2Query(params);
    if (!parsed.ok) throw new Error("fixture case should parse");
    return classifyHer2(parsed.input).path;
  };

  it("on the square, highlights exactly the case's path in the whole diagram", () => {
    const path = casePath();
    const svg = render(CHARTS.testing.content(Object.fromEntries(params)), "square");
    expect(count(svg, '<g data-node="')).toBeGreaterThan(path.length);
    expect(count(svg, '<g data-node="') - count(svg.replace(/<g data-node="[^"]+" data-on-path="true">/g, ""), '<g data-node="')).toBe(path.length);
    expect(count(svg, '<g data-edge="')).toBeGreaterThan(path.length - 1);
    expect(count(svg, '<g data-edge="') - count(svg.replace(/<g data-edge="[^"]+" data-on-path="true">/g, ""), '<g data-edge="')).toBe(path.length - 1);
    expect(svg).toContain("This case: HER2-positive.");
    expect(svg).toContain(FLOW_COLORS.light.path);
  });

  it("on a slide, draws the case's path alone, every step on it, in order", () => {
    const path = casePath();
    const svg = render(CHARTS.testing.content(Object.fromEntries(params)));
    expect([...svg.matchAll(/<g data-node="([^"]+)" data-on-path="true">/g)].map((match) => match[1])).toEqual(path);
    expect(count(svg, '<g data-node="')).toBe(path.length);
    expect(svg).toContain("This case: HER2-positive.");
    expect(svg).toContain("→ 2+");
  });

  it("draws the bare diagram without a case, in dark colours when asked", () => {
    const svg = render(CHARTS.testing.content({}), "square", "dark");
    expect(svg).not.toContain('data-on-path="true"');
    expect(svg).toContain(`fill="${THEME_TOKENS.dark.bg}"`);
    expect(svg).not.toContain(FLOW_COLORS.light.path);
  });
});

describe("subtype matrix image", () => {
  const shares = shareOfCases(datasets.prevalence);
  const matrix = (): MatrixContent => {
    const content = CHARTS.subtypes.content({});
    if (content.kind !== "matrix") throw new Error(`the subtypes image is drawn as ${content.kind}, not a matrix`);
    return content;
  };

  it("draws the page's four cells in its order, each with the share text the page prints", () => {
    const svg = render(matrix());
    // HR-positive row first, HER2-positive column first, as on /subtypes.
    expect([...svg.matchAll(/data-mark="cell" data-subtype="([^"]+)"/g)].map((m) => m[1])).toEqual([
      "hr-pos-her2-pos",
      "hr-pos-her2-neg",
      "hr-neg-her2-pos",
      "hr-neg-her2-neg",
    ]);
    for (const id of SUBTYPE_IDS) {
      const row = shares.find((r) => r.subtype === id);
      if (!row) throw new Error(`no share of cases for ${id}`);
      expect(svg).toContain(`data-share="${formatFigure(row)} of new cases"`);
      expect(svg).toContain(`>${escapeXml(SUBTYPES[id].label)}</text>`);
      expect(svg).toContain(SUBTYPES[id].color.light);
    }
    expect(svg).toContain('data-share="69.5% of new cases"');
    expect(svg).toContain(">ER+ and/or PR+</tspan>");
    expect(svg).toContain(`<title>${MATRIX_TITLE}</title>`);
    expect(svg).toContain(`<desc>${escapeXml(shareTakeaway(shares))}</desc>`);
  });

  it("carries the page's note on cases of unknown status", () => {
    const unknown = shares.find((r) => r.subtype === "unknown");
    if (!unknown) throw new Error("no unknown share");
    expect(matrix().note).toBe(matrixNote(shares));
    expect(matrix().note).toContain(`The other ${formatFigure(unknown)} had unknown HR or HER2 status`);
    expect(render(matrix())).toContain(`The other ${formatFigure(unknown)} had unknown`);
  });

  it("says so where a subtype has no share row, rather than drawing a number", () => {
    const withoutOne = shares.filter((r) => r.subtype !== "hr-neg-her2-pos");
    const svg = render({ ...matrix(), ...matrixView(withoutOne, [], "plain") });
    expect(svg).toContain('data-share="Share not available"');
    expect(svg.split('data-share="').length - 1).toBe(4);
  });

  it("uses the dark tokens and the subtypes' dark colours in dark mode", () => {
    const svg = render(matrix(), "slide", "dark");
    expect(svg).toContain(`fill="${THEME_TOKENS.dark.bg}"`);
    expect(svg).toContain(`fill="${THEME_TOKENS.dark.surface}"`);
    for (const id of SUBTYPE_IDS) {
      expect(svg).toContain(SUBTYPES[id].color.dark);
      expect(svg).not.toContain(SUBTYPES[id].color.light);
    }
    expect(svg).not.toContain(THEME_TOKENS.light.text);
    expect(svg).not.toContain("var(--");
  });
});

describe("every new image", () => {
  const contents: [string, ChartContent][] = [
    ["treatments", timeline()],
    ["compare", CHARTS.compare.content({})],
    ["testing", CHARTS.testing.content({ ihc: "1+" })],
    ["subtypes", CHARTS.subtypes.content({})],
  ];

  it.each(contents)("%s is drawn at the stated size", (_name, content) => {
    for (const size of ["slide", "square"] as const) {
      const { width, height } = EXPORT_SIZES[size];
      expect(render(content, size)).toMatch(new RegExp(`^<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"`));
    }
  });

  it.each(contents)("%s escapes its text", (_name, content) => {
    const svg = render({ ...content, title: `<script>alert("x")</script>`, takeaway: "a & b", citation: "<img src=x>" });
    expect(svg).not.toContain("<script");
    expect(svg).not.toContain("<img");
    expect(svg).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;");
    expect(svg).toContain("a &amp; b");
  });
});

describe("marker shapes", () => {
  it("the exported marker is the page's geometry", () => {
    for (const marker of ["circle", "square", "diamond", "triangle", "cross"] as const) {
      const shape = markerGeometry(marker, 5, 5, 10);
      const svg = markToSvg(markerMark(marker, 5, 5, 10, "#123456"), scenePaint("light"));
      expect(svg.startsWith(`<${shape.tag} `)).toBe(true);
      if (shape.tag === "path") expect(svg).toContain(`d="${shape.d}"`);
      expect(svg).toContain(shape.tag === "path" && shape.stroked ? 'stroke="#123456"' : 'fill="#123456"');
    }
  });
});
