import { describe, expect, it } from "vitest";
import { DEFAULT_APPEARANCE, frameColorScheme, parseEmbedAppearance, withAppearance } from "@/lib/embed-appearance";

describe("parseEmbedAppearance", () => {
  it("defaults to the reader's own scheme, with the title, the footer and the page's background", () => {
    expect(parseEmbedAppearance({})).toEqual({ appearance: DEFAULT_APPEARANCE, notices: [], rest: {} });
    expect(DEFAULT_APPEARANCE).toEqual({ theme: "auto", plain: false, transparent: false });
  });

  it.each([
    [{ theme: "dark" }, { theme: "dark", plain: false, transparent: false }],
    [
      { theme: "light", plain: "1" },
      { theme: "light", plain: true, transparent: false },
    ],
    [
      { theme: "auto", transparent: "1", plain: "0" },
      { theme: "auto", plain: false, transparent: true },
    ],
  ])("reads %o", (params, appearance) => {
    expect(parseEmbedAppearance(params)).toEqual({ appearance, notices: [], rest: {} });
  });

  it("hands the page's own parameters on without its own, so the page's parser does not report them", () => {
    const { rest } = parseEmbedAppearance({ theme: "dark", measure: "five-year-relative", stage: "distant", plain: "1", transparent: "1" });
    expect(rest).toEqual({ measure: "five-year-relative", stage: "distant" });
  });

  it.each([
    ["theme", { theme: "<script>alert(1)</script>" }],
    ["theme", { theme: "Dark" }],
    ["theme", { theme: ["dark", "light"] }],
    ["plain", { plain: "yes" }],
    ["transparent", { transparent: "true" }],
  ])("ignores an unknown %s value: the default, and a notice that names the setting but not the value", (name, params) => {
    const { appearance, notices, rest } = parseEmbedAppearance(params);
    expect(appearance).toEqual(DEFAULT_APPEARANCE);
    expect(notices).toEqual([`The link's “${name}” setting was not recognised, so the default is shown.`]);
    expect(notices.join(" ")).not.toMatch(/script|Dark|yes|true/);
    expect(rest).toEqual({});
  });
});

describe("withAppearance", () => {
  it("adds only what differs from the default, in one order", () => {
    expect(withAppearance("", DEFAULT_APPEARANCE)).toBe("");
    expect(withAppearance("", { theme: "dark", plain: true, transparent: true })).toBe("?theme=dark&plain=1&transparent=1");
    expect(withAppearance("?stage=distant", { theme: "auto", plain: false, transparent: true })).toBe("?stage=distant&transparent=1");
  });

  it("keeps the page's parameters as written and replaces any look already in the query", () => {
    expect(withAppearance("?compare=hr-pos-her2-pos,hr-neg-her2-pos&theme=light&plain=1", { theme: "dark", plain: false, transparent: false })).toBe(
      "?compare=hr-pos-her2-pos,hr-neg-her2-pos&theme=dark",
    );
    expect(withAppearance("?ihc=2%2B&%74heme=light", DEFAULT_APPEARANCE)).toBe("?ihc=2%2B");
  });
});

describe("frameColorScheme", () => {
  it("is the embedded page's own scheme, so browsers draw no opaque backdrop behind a transparent frame", () => {
    expect(frameColorScheme("auto")).toBe("light dark");
    expect(frameColorScheme("light")).toBe("light");
    expect(frameColorScheme("dark")).toBe("dark");
  });
});
