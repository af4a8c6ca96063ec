import { describe, expect, it } from "vitest";
import { describeFields } from "@/lib/her2/case-words";

describe("describeFields", () => {
  it("describes a case in a few words", () => {
    expect(describeFields({ ihc: "2+", ratio: "2.5", copies: "5.0" })).toBe("IHC 2+, ratio 2.5, 5.0 copies");
    expect(describeFields({ copies: "5.0", assay: "single" })).toBe("no IHC, 5.0 copies, single-probe ISH");
    // A batch cell that already names the test, as pathology reports write it, is not named twice.
    expect(describeFields({ ihc: "IHC 2+", ratio: "2.5" })).toBe("IHC 2+, ratio 2.5");
    expect(describeFields({ ihc: " ihc2+ " })).toBe("ihc2+");
  });
});
