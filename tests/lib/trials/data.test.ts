import { describe, expect, it } from "vitest";
import { ENDPOINT_IDS, endpointChoices, endpointTitle, trialEndpoint, trialOf } from "@/lib/trials/data";

const options = endpointChoices().flatMap((group) =>
  group.endpoints.map((option) => ({ ...option, group: group.group, trial: trialOf(trialEndpoint(option.id)!) })),
);

describe("the endpoint picker's choices", () => {
  it("offer every endpoint once, early breast cancer first, then metastatic, each trial's in the file's order", () => {
    expect(endpointChoices().map((group) => group.group)).toEqual(["Early breast cancer", "Metastatic breast cancer"]);
    expect([...options.map((option) => option.id)].sort()).toEqual([...ENDPOINT_IDS].sort());
    expect(options.length).toBe(ENDPOINT_IDS.length);
    for (const option of options) expect(option.group).toBe(option.trial.setting === "early" ? "Early breast cancer" : "Metastatic breast cancer");
    const inFileOrder = (setting: string) => ENDPOINT_IDS.filter((id) => trialOf(trialEndpoint(id)!).setting === setting);
    expect(options.map((option) => option.id)).toEqual([...inFileOrder("early"), ...inFileOrder("metastatic")]);
  });

  // A closed select and a screen reader say the option's own text, not its group's label.
  it("name the trial in each option's own text, so no two read alike", () => {
    for (const option of options) expect(option.label.startsWith(`${option.trial.name}: `), option.label).toBe(true);
    expect(new Set(options.map((option) => option.label)).size).toBe(options.length);
    const label = (id: string) => options.find((option) => option.id === id)?.label;
    expect(label("cleopatra-os")).toBe("CLEOPATRA: overall survival");
    expect(label("cerebel-os")).toBe("CEREBEL: overall survival");
    expect(label("marianne-tdm1-pertuzumab-pfs")).toBe("MARIANNE: progression-free survival (T-DM1 with pertuzumab)");
  });

  it("are the titles the chart gives each endpoint", () => {
    for (const option of options) expect(option.label).toBe(endpointTitle(trialEndpoint(option.id)!));
  });
});
