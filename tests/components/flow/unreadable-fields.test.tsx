// A case sent without JavaScript comes back from the server: a number it could not read is left out
// (never echoed), and the stepper says so beside that field, marked invalid, as it would while typing.
import { renderToString } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import { TestingView } from "@/components/flow/TestingView";
import { draftFromSearchParams } from "@/lib/her2/case-draft";
import { flowRouter } from "./helpers";

vi.mock("next/navigation", () => ({ useRouter: () => flowRouter }));

function page(params: Record<string, string>) {
  const { draft, unreadable } = draftFromSearchParams(params);
  const container = document.createElement("div");
  container.innerHTML = renderToString(<TestingView draft={draft} unreadable={unreadable} />);
  return container;
}

describe("the stepper without JavaScript, for a number the server could not read", () => {
  it("marks each such field invalid, says why beside it, and does not repeat what was sent", () => {
    const container = page({ ihc: "2+", assay: "dual", ratio: "abc", copies: "-3" });
    for (const name of ["ratio", "copies"]) {
      const input = container.querySelector<HTMLInputElement>(`#case-${name}`)!;
      expect(input.value).toBe("");
      expect(input.getAttribute("aria-invalid")).toBe("true");
      const message = container.querySelector(`#case-${name}-error`);
      expect(input.getAttribute("aria-describedby")?.split(" ")).toContain(`case-${name}-error`);
      expect(message?.textContent).toBe("The value sent could not be read as a number, so it was left out: type it again.");
    }
    expect(container.innerHTML).not.toContain("abc");
  });

  it("marks nothing when every number was read", () => {
    const container = page({ ihc: "2+", ratio: "2.5", copies: "5.1" });
    expect(container.querySelector("[aria-invalid]")).toBeNull();
  });
});
