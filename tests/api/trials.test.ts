// @vitest-environment node
// /api/trials, /api/trials/{id} and /api/trials/{id}/survival: the envelope, R's figures through HTTP
// (at the reference times and at others), CSV, and a JSON 400 or 404 naming what was wrong.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { GET as getTrial } from "@/app/api/trials/[id]/route";
import { GET as getSurvival } from "@/app/api/trials/[id]/survival/route";
import { GET as getTrials } from "@/app/api/trials/route";
import { MAX_TIMES } from "@/lib/api/trials";
import { analyseEndpoint } from "@/lib/trials/analysis";
import { trialEndpoint } from "@/lib/trials/data";

const request = (path: string) => new Request(`http://localhost${path}`);
const context = (id: string) => ({ params: Promise.resolve({ id }) }) as never;
const fixture = <T>(name: string) => JSON.parse(readFileSync(new URL(`../fixtures/trials/${name}`, import.meta.url), "utf8")) as T;

type Point = { arm: string; time: number; survival: number; lower: number | null; upper: number | null; atRisk: number };
type Reference = {
  arms: { arm: string; n: number; events: number; median: number | null; medianLower: number | null; medianUpper: number | null }[];
  hazardRatio: { value: number; lower: number; upper: number };
  logRank: { chisq: number; p: number };
  survivalAt: Point[];
};
const REFERENCE = fixture<Record<string, Reference>>("reference-values.json");
const EXTRA_TIMES = fixture<Record<string, Point[]>>("extra-times.json");
const IDS = Object.keys(REFERENCE);

async function survivalAt(id: string, points: readonly Point[]) {
  const times = [...new Set(points.map((p) => p.time))];
  const response = await getSurvival(request(`/api/trials/${id}/survival?at=${times.join(",")}`), context(id));
  expect(response.status).toBe(200);
  return (await response.json()) as { data: Point[]; sources: { id: string }[]; leftOut?: { at: number[] } };
}

function expectPoints(actual: readonly Point[], expected: readonly Point[]) {
  for (const want of expected) {
    const got = actual.find((p) => p.arm === want.arm && p.time === want.time);
    expect(got, `${want.arm} at ${want.time}`).toBeDefined();
    expect(got?.atRisk).toBe(want.atRisk);
    expect(got?.survival).toBeCloseTo(want.survival, 9);
    for (const bound of ["lower", "upper"] as const) {
      if (want[bound] === null) expect(got?.[bound]).toBeNull();
      else expect(got?.[bound]).toBeCloseTo(want[bound] as number, 9);
    }
  }
}

describe("GET /api/trials", () => {
  it("lists every endpoint with its arms, publication and the reconstruction's source", async () => {
    const body = (await (await getTrials(request("/api/trials"))).json()) as {
      dataset: string;
      data: { id: string; arms: unknown[] }[];
      sources: { id: string }[];
    };
    expect(body.dataset).toBe("trials");
    expect(body.data.map((row) => row.id).sort()).toEqual([...IDS].sort());
    expect(body.data.every((row) => row.arms.length === 2)).toBe(true);
    expect(body.sources.map((s) => s.id)).toEqual(expect.arrayContaining(["swain-2015-nejm", "kmdata-2021"]));
  });

  it("filters by setting and answers CSV", async () => {
    const early = (await (await getTrials(request("/api/trials?setting=early"))).json()) as { data: { setting: string }[] };
    expect(early.data.length).toBeGreaterThan(0);
    expect(early.data.every((row) => row.setting === "early")).toBe(true);
    const csv = await getTrials(request("/api/trials?format=csv"));
    expect(csv.headers.get("content-type")).toContain("text/csv");
    expect((await csv.text()).split("\n")[0]).toContain("experimental_arm");
  });

  it("answers an unknown filter value with a 400 naming it", async () => {
    const response = await getTrials(request("/api/trials?setting=adjuvant"));
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: { parameter: string } }).error.parameter).toBe("setting");
  });
});

describe.each(IDS)("GET /api/trials/%s", (id) => {
  const reference = REFERENCE[id] as Reference;

  it("gives each arm's size, events and median, the hazard ratio and the log-rank test as R computes them", async () => {
    const response = await getTrial(request(`/api/trials/${id}`), context(id));
    expect(response.status).toBe(200);
    expect(response.headers.get("etag")).toBeTruthy();
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    const { data } = (await response.json()) as {
      data: { arms: { arm: string; n: number; events: number; median: { value: number | null; lower: number | null; upper: number | null } }[] } & Reference;
    };
    for (const arm of reference.arms) {
      const got = data.arms.find((a) => a.arm === arm.arm);
      expect(got).toMatchObject({ n: arm.n, events: arm.events, median: { value: arm.median, lower: arm.medianLower, upper: arm.medianUpper } });
    }
    for (const key of ["value", "lower", "upper"] as const) expect(data.hazardRatio[key]).toBeCloseTo(reference.hazardRatio[key], 6);
    expect(data.logRank.chisq).toBeCloseTo(reference.logRank.chisq, 6);
    expect(Math.abs(data.logRank.p - reference.logRank.p) / reference.logRank.p).toBeLessThan(1e-6);
  });

  it("publishes the paper's figures that were seen in it (or a word-for-word copy), never one left unconfirmed", async () => {
    const { data } = (await (await getTrial(request(`/api/trials/${id}`), context(id))).json()) as {
      data: { published: { printed: string; status: string }[] };
    };
    const recorded = trialEndpoint(id)?.published ?? [];
    expect(data.published.map((figure) => figure.printed)).toEqual(
      recorded.filter((figure) => figure.status !== "unconfirmed").map((figure) => figure.printed),
    );
    expect(data.published.every((figure) => figure.status.startsWith("confirmed"))).toBe(true);
  });

  it("gives S(t), its interval and the number at risk at R's reference times", async () => {
    const body = await survivalAt(id, reference.survivalAt);
    expectPoints(body.data, reference.survivalAt);
    expect(body.sources.map((s) => s.id)).toContain("kmdata-2021");
  });

  it("gives the same as R at times that are not in the reference file, and leaves out those past the longest follow-up", async () => {
    const points = EXTRA_TIMES[id] ?? [];
    expect(points.length).toBeGreaterThan(0);
    const { maxTime } = analyseEndpoint(id)!;
    const body = await survivalAt(id, points);
    expectPoints(
      body.data,
      points.filter((p) => p.time <= maxTime),
    );
    expect(body.data.filter((p) => p.time > maxTime)).toEqual([]);
    expect(body.leftOut?.at).toEqual([...new Set(points.filter((p) => p.time > maxTime).map((p) => p.time))]);
  });
});

it("has unconfirmed figures on record for the API to leave out (CEREBEL's printed OS interval among them)", () => {
  const unconfirmed = IDS.flatMap((id) =>
    (trialEndpoint(id)?.published ?? []).filter((figure) => figure.status === "unconfirmed").map((figure) => figure.printed),
  );
  expect(unconfirmed).toContain("HR for OS, 1.34; 95% CI, 0.95 to 1.64");
});

describe("GET /api/trials/{id}?format=csv", () => {
  it("gives each arm's figures with the endpoint, the time's unit and the source on every row", async () => {
    const lines = (await (await getTrial(request("/api/trials/cleopatra-os?format=csv"), context("cleopatra-os"))).text()).trim().split(/\r?\n/);
    expect(lines[0]?.split(",").slice(-3)).toEqual(["endpoint", "time_unit", "source_citation"]);
    expect(lines).toHaveLength(3);
    for (const line of lines.slice(1)) expect(line).toMatch(/,overall survival,months since randomisation,"?Swain SM.*reconstructed from the published curve/);
  });
});

describe("GET /api/trials/{id}/survival", () => {
  it("without times, gives each arm's whole step curve from 1 at time 0", async () => {
    const body = (await (await getSurvival(request("/api/trials/cleopatra-os/survival"), context("cleopatra-os"))).json()) as { data: Point[] };
    for (const arm of ["control", "pertuzumab"]) {
      const curve = body.data.filter((p) => p.arm === arm);
      expect(curve[0]).toMatchObject({ time: 0, survival: 1 });
      expect(curve.every((p, i) => i === 0 || (p.time > (curve[i - 1] as Point).time && p.survival <= (curve[i - 1] as Point).survival))).toBe(true);
    }
  });

  it("answers CSV with the same rows", async () => {
    const response = await getSurvival(request("/api/trials/th3resa-pfs/survival?at=6,12&format=csv"), context("th3resa-pfs"));
    const lines = (await response.text()).trim().split(/\r?\n/);
    expect(lines[0]).toBe("arm,arm_label,time,survival,lower,upper,atRisk,survival_unit,endpoint,time_unit,source_citation");
    expect(lines).toHaveLength(5);
    // Its units, endpoint and source on every row: reconstructed patients, cited with the paper's figure.
    for (const line of lines.slice(1)) {
      expect(line).toContain(",proportion from 0 to 1 (× 100 for percent),progression-free survival,months since randomisation,");
      expect(line).toMatch(/Krop IE.*reconstructed from the published curve; kmdata/);
    }
    // Each row names its arm in words as well as by code, so the file reads on its own.
    const { arm, label } = analyseEndpoint("th3resa-pfs")!.control;
    expect(lines[1]?.startsWith(`${arm},${/[",]/.test(label) ? `"${label.replaceAll('"', '""')}"` : label},6,`)).toBe(true);
  });

  it.each([
    ["at=abc", "at"],
    ["at=-1", "at"],
    ["at=6,,12", "at"],
    [`at=${Array.from({ length: MAX_TIMES + 1 }, (_, i) => i).join(",")}`, "at"],
    ["at=6&at=12", "at"],
    ["since=6", "since"],
    ["format=xml", "format"],
  ])("answers ?%s with a JSON 400 naming %s", async (query, parameter) => {
    const response = await getSurvival(request(`/api/trials/cleopatra-os/survival?${query}`), context("cleopatra-os"));
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: { parameter: string; message: string } };
    expect(body.error.parameter).toBe(parameter);
    expect(body.error.message.length).toBeGreaterThan(5);
  });

  // Digits alone are not enough: a decimal too long for a double reads as Infinity, which the curve cannot be read at.
  it.each(["", "&format=csv"])("answers a time that overflows to Infinity with a JSON 400 naming at (%s)", async (format) => {
    const huge = `1${"0".repeat(309)}`;
    const response = await getSurvival(request(`/api/trials/cleopatra-os/survival?at=6,${huge}${format}`), context("cleopatra-os"));
    expect(response.status).toBe(400);
    expect(response.headers.get("content-type")).toContain("application/json");
    const body = (await response.json()) as { error: { parameter: string; message: string } };
    expect(body.error.parameter).toBe("at");
    expect(body.error.message).toMatch(/finite/);
    expect(body.error.message).not.toContain(huge);
  });

  // trials/README.md: times past the endpoint's longest follow-up are left out; past one arm's last
  // follow-up, that arm keeps its last value with 0 at risk (R's extend = TRUE).
  it("leaves out a time past the longest follow-up and says why, in JSON and CSV", async () => {
    const { maxTime } = analyseEndpoint("cleopatra-os")!;
    const asked = `12,${Math.ceil(maxTime) + 2},999`;
    const response = await getSurvival(request(`/api/trials/cleopatra-os/survival?at=${asked}`), context("cleopatra-os"));
    const body = (await response.json()) as { query: { at: string }; data: Point[]; leftOut: { at: number[]; reason: string } };
    expect(body.data.map((p) => p.time)).toEqual([12, 12]);
    expect(body.query.at).toBe(asked);
    expect(body.leftOut.at).toEqual([Math.ceil(maxTime) + 2, 999]);
    expect(body.leftOut.reason).toContain(`longest follow-up (${maxTime} months)`);
    const csv = await getSurvival(request(`/api/trials/cleopatra-os/survival?at=${asked}&format=csv`), context("cleopatra-os"));
    expect((await csv.text()).trim().split(/\r?\n/)).toHaveLength(3);
  });

  it("keeps an arm's last value with 0 at risk past its own last follow-up, within the other arm's", async () => {
    const analysis = analyseEndpoint("cleopatra-os")!;
    const arms = [analysis.control, analysis.experimental].map(({ arm, fit }) => ({ arm, last: fit.steps.at(-1)! }));
    const [shorter] = [...arms].sort((a, b) => a.last.time - b.last.time);
    const between = (shorter!.last.time + analysis.maxTime) / 2;
    expect(between).toBeLessThan(analysis.maxTime);
    const body = await survivalAt("cleopatra-os", [{ arm: shorter!.arm, time: between, survival: 0, lower: null, upper: null, atRisk: 0 }]);
    expect(body.data.find((p) => p.arm === shorter!.arm)).toMatchObject({ time: between, survival: shorter!.last.survival, atRisk: 0 });
  });

  it("accepts exactly the maximum number of times", async () => {
    const times = Array.from({ length: MAX_TIMES }, (_, i) => i).join(",");
    const response = await getSurvival(request(`/api/trials/cleopatra-os/survival?at=${times}`), context("cleopatra-os"));
    expect(response.status).toBe(200);
  });

  it("answers an unknown endpoint with a JSON 404 that lists the ids and does not echo markup", async () => {
    const response = await getSurvival(request("/api/trials/%3Cscript%3E/survival"), context("<script>"));
    expect(response.status).toBe(404);
    const text = await response.text();
    expect(text).not.toContain("<script>");
    expect(JSON.parse(text).error).toMatchObject({ parameter: "id", allowed: expect.arrayContaining(["cleopatra-os"]) });
  });
});
