import { describe, expect, it } from "vitest";
import { observationsByArm, parseTrialCsv } from "@/lib/trials/statistics";
import { CSV_IDS, REFERENCE, readTrialCsv } from "./fixtures";

describe("parseTrialCsv", () => {
  it("reads R's write.csv output: quoted header and arms, LF or CRLF, a final line break or none", () => {
    const expected = [
      { arm: "control", time: 0.469, event: false },
      { arm: "t-dm1_pertuzumab", time: 12, event: true },
      { arm: "l", time: 1.5e-3, event: true },
    ];
    for (const text of [
      '"time","event","arm"\n0.469,0,"control"\n12,1,"t-dm1_pertuzumab"\n1.5e-3,1,"l"\n',
      "time,event,arm\r\n0.469,0,control\r\n12.,1,t-dm1_pertuzumab\r\n.0015,1,l",
      '\uFEFF"time","event","arm"\n0.469,0,"control"\n12.0,1,"t-dm1_pertuzumab"\n0.0015,1,"l"',
    ]) {
      expect(parseTrialCsv(text)).toEqual(expected);
    }
  });

  it.each([
    ["", /^Line 1: the file is empty/],
    ["time,arm,event\n1,0,a\n", /^Line 1: expected the header time,event,arm/],
    ["time,event,arm\n", /^Line 2: no patients/],
    ["time,event,arm\n1,0,a\n2,1\n", /^Line 3: expected 3 fields \(time,event,arm\), found 2/],
    ["time,event,arm\n1,0,a\n\n2,1,a\n", /^Line 3: expected 3 fields/],
    ["time,event,arm\n-1,0,a\n", /^Line 2: time must be a number of months ≥ 0/],
    ["time,event,arm\nabc,0,a\n", /^Line 2: time must be a number/],
    ["time,event,arm\n1 ,0,a\n", /^Line 2: time must be a number/],
    ["time,event,arm\n1e999,0,a\n", /^Line 2: time must be a finite number/],
    ["time,event,arm\n1,2,a\n", /^Line 2: event must be 1 \(the event\) or 0 \(censored\)/],
    ["time,event,arm\n1,TRUE,a\n", /^Line 2: event must be/],
    ["time,event,arm\n1,0, \n", /^Line 2: the arm is empty/],
    ['time,event,arm\n1,0,a\n2,0,"b\n', /^Line 3: A quoted field is not closed/],
  ])("throws naming the line: %j", (text, message) => {
    expect(() => parseTrialCsv(text)).toThrow(message);
  });

  it.each(CSV_IDS)("reads %s: each arm's patients as R counted them", (id) => {
    const arms = observationsByArm(parseTrialCsv(readTrialCsv(id)));
    const counts = Object.fromEntries([...arms].map(([arm, observations]) => [arm, [observations.length, observations.filter((o) => o.event).length]]));
    expect(counts).toEqual(Object.fromEntries(REFERENCE[id]!.arms.map((arm) => [arm.arm, [arm.n, arm.events]])));
  });
});

describe("observationsByArm", () => {
  it("groups the rows by arm in the order the arms first appear, keeping each row's order", () => {
    const arms = observationsByArm([
      { arm: "b", time: 2, event: true },
      { arm: "a", time: 1, event: false },
      { arm: "b", time: 3, event: false },
    ]);
    expect([...arms]).toEqual([
      [
        "b",
        [
          { time: 2, event: true },
          { time: 3, event: false },
        ],
      ],
      ["a", [{ time: 1, event: false }]],
    ]);
  });
});
