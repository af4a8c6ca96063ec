import { describe, expect, it } from "vitest";
import { CHANNEL_ID, notesHref, readMessage } from "@/components/present/notes-channel";

const view = { position: 2, total: 5, title: "Five-year", notes: { takeaway: "Survival falls", citation: "SEER" }, next: "Compare" };

describe("the speaker-notes channel", () => {
  it("reads back the messages the two windows send", () => {
    expect(readMessage({ type: "hello" })).toEqual({ type: "hello" });
    for (const move of [{ by: 1 }, { by: -1 }, { to: "first" }, { to: "last" }]) expect(readMessage({ type: "go", move })).toEqual({ type: "go", move });
    expect(readMessage({ type: "slide", view })).toEqual({ type: "slide", view });
    expect(readMessage({ type: "slide", view: { ...view, next: null } })).toEqual({ type: "slide", view: { ...view, next: null } });
  });

  it("ignores anything else on the channel", () => {
    for (const data of [
      null,
      "hello",
      { type: "go", move: { by: 5 } },
      { type: "go", move: { to: "middle" } },
      { type: "go", move: null },
      { type: "go", by: 1 },
      { type: "go" },
      { type: "slide" },
      { type: "slide", view: { ...view, position: "2" } },
      { type: "slide", view: { ...view, notes: { takeaway: "x" } } },
      { type: "slide", view: { ...view, title: 3 } },
      { type: "slide", view: { ...view, next: undefined } },
      { type: "other", view },
    ]) {
      expect(readMessage(data), JSON.stringify(data)).toBeNull();
    }
  });

  it("names a presentation's channel by a plain id, which the notes window's address carries", () => {
    const id = "0f8e5a2c-4b1d-4e7a-9c3b-2d6f1a8e7b90";
    expect(CHANNEL_ID.test(id)).toBe(true);
    for (const bad of ["", "short", "<script>", "a".repeat(65), "ID-WITH-CAPITALS"]) expect(CHANNEL_ID.test(bad), bad).toBe(false);
    expect(notesHref(id, "contrast")).toBe(`/present/notes?channel=${id}&theme=contrast`);
  });
});
