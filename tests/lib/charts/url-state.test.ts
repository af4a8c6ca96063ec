import { describe, expect, it } from "vitest";
import { limitNotices, MAX_NOTICES, pageSearch, parsePageState, pickOne, unrecognisedNotice } from "@/lib/charts/url-state";
import { parseNoSettings } from "@/lib/embed";

describe("notices about a link", () => {
  it("name a parameter in full when it is short and plain", () => {
    expect(unrecognisedNotice("measure")).toBe("The link's “measure” setting was not recognised, so the default is shown.");
  });

  it("echo a long or odd name only as a short, harmless excerpt", () => {
    const notice = unrecognisedNotice(`${"x".repeat(5000)}<script>`);
    expect(notice).toBe(`The link's “${"x".repeat(16)}…” setting was not recognised, so the default is shown.`);
    expect(unrecognisedNotice('"><img src=x onerror=alert(1)>')).not.toMatch(/[<>"]/);
  });

  it("are at most MAX_NOTICES lines, the last counting the rest", () => {
    const names = Array.from({ length: 1000 }, (_, i) => `p${i}`);
    const shown = limitNotices(parseNoSettings(Object.fromEntries(names.map((name) => [name, "1"]))).notices);
    expect(shown).toHaveLength(MAX_NOTICES);
    expect(shown.slice(0, MAX_NOTICES - 1)).toEqual(names.slice(0, MAX_NOTICES - 1).map(unrecognisedNotice));
    expect(shown[MAX_NOTICES - 1]).toBe(`The link has ${1000 - (MAX_NOTICES - 1)} more settings that could not be used, so their defaults are shown.`);
  });

  it("keep a short list as it is, each once", () => {
    const notices = ["a", "b", "a"];
    expect(limitNotices(notices)).toEqual(["a", "b"]);
    expect(limitNotices(Array.from({ length: MAX_NOTICES }, (_, i) => String(i)))).toHaveLength(MAX_NOTICES);
  });

  it("two long names that excerpt alike are one notice", () => {
    const { notices } = parseNoSettings({ [`${"a".repeat(20)}1`]: "x", [`${"a".repeat(20)}2`]: "x" });
    expect(limitNotices(notices)).toEqual([unrecognisedNotice("a".repeat(20))]);
  });

  it("pickOne reports the parameter it read", () => {
    const notices: string[] = [];
    expect(pickOne({ theme: "purple" }, "theme", ["light", "dark"], "light", notices)).toBe("light");
    expect(notices).toEqual([unrecognisedNotice("theme")]);
  });
});

describe("a page's query string", () => {
  const defaults = { size: "m", colours: ["red", "blue"], pick: null as string | null };

  it("is empty for the defaults, and names only what differs, in the defaults' order", () => {
    expect(pageSearch(defaults, defaults)).toBe("");
    expect(pageSearch({ pick: "x", colours: ["blue"], size: "m" }, defaults)).toBe("?colours=blue&pick=x");
    expect(pageSearch({ ...defaults, colours: ["blue", "red"] }, defaults)).toBe("?colours=blue%2Cred");
  });

  it("takes a field's parameter name where it has one, and leaves a null field out", () => {
    expect(pageSearch({ ...defaults, size: "l" }, defaults, { size: "s" })).toBe("?s=l");
    expect(pageSearch({ ...defaults, size: "l", pick: null }, { ...defaults, pick: "y" })).toBe("?size=l");
  });
});

describe("a page's state", () => {
  it("reads the page's own fields, then the wording and view every page has, each notice once", () => {
    const read = parsePageState({ wording: "details", view: "chart,table" }, { wording: "plain", view: "chart" }, (notices) => {
      notices.push("own", "own");
      return { own: 1 };
    });
    expect(read).toEqual({ state: { own: 1, wording: "details", view: "chart" }, notices: ["own", unrecognisedNotice("view")] });
  });
});
