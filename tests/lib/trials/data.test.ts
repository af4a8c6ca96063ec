import { describe, expect, it } from "vitest";
import { ENDPOINT_IDS, endpointChoices, endpointTitle, trialEndpoint, trialOf } from "@/lib/trials/data";

const options = endpointChoices().flatMap((group) => group.endpoints.map((option) => ({ ...option, group: group.trial })));

describe("the endpoint picker's choices", () => {
  it("offer every endpoint once, grouped under its trial in the file's order", () => {
    expect(options.map((option) => option.id)).toEqual(ENDPOINT_IDS);
    for (const option of options) expect(trialOf(trialEndpoint(option.id)!).name).toBe(option.group);
  });

  // A closed select and a screen reader say the option's own text, not its group's label.
  it("name the trial in each option's own text, so no two read alike", () => {
    for (const option of options) expect(option.label.startsWith(`${option.group}: `), option.label).toBe(true);
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
