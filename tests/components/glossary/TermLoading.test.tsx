// The definitions arrive in a chunk of their own: what a reader sees while it loads, if it fails, and
// that the next try fetches it again. load-term's import is replaced so each outcome can be chosen.
import { act, fireEvent, render, screen } from "@testing-library/react";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { Term } from "@/components/glossary/Term";
import type { GlossaryTerm } from "@/lib/glossary/types";

const loadTerm = vi.hoisted(() => vi.fn<(id: string) => Promise<GlossaryTerm>>());
vi.mock("@/components/glossary/load-term", () => ({ loadTerm }));

const IHC: GlossaryTerm = { id: "ihc", term: "IHC", plain: "A protein test." };

function deferred() {
  let resolve!: (term: GlossaryTerm) => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<GlossaryTerm>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe("Term's definition loading", () => {
  beforeEach(() => {
    loadTerm.mockReset();
  });

  it("starts loading when the reader points at or focuses the term, before they open it", () => {
    loadTerm.mockReturnValue(new Promise(() => {}));
    render(<Term id="ihc">IHC</Term>);
    fireEvent.pointerEnter(screen.getByRole("button", { name: "IHC" }));
    expect(loadTerm).toHaveBeenCalledWith("ihc");
  });

  it("says it is loading, with the glossary link already there, then shows the definition", async () => {
    const pending = deferred();
    loadTerm.mockReturnValue(pending.promise);
    render(<Term id="ihc">IHC</Term>);
    fireEvent.click(screen.getByRole("button", { name: "IHC" }));
    expect(screen.getByText(/Loading the definition/)).toBeVisible();
    expect(screen.getByRole("link", { name: "Glossary entry" })).toHaveAttribute("href", "/glossary#ihc");
    await act(async () => pending.resolve(IHC));
    expect(screen.getByText(/A protein test\./)).toBeVisible();
    expect(screen.getByRole("link", { name: "IHC in the glossary" })).toHaveAttribute("href", "/glossary#ihc");
  });

  it("says so when the definition cannot load, keeps the link, and tries again next time", async () => {
    const failing = deferred();
    loadTerm.mockReturnValueOnce(failing.promise).mockResolvedValueOnce(IHC);
    render(<Term id="ihc">IHC</Term>);
    const button = screen.getByRole("button", { name: "IHC" });
    fireEvent.click(button);
    await act(async () => failing.reject(new Error("offline")));
    expect(screen.getByText(/did not load/)).toBeVisible();
    expect(screen.getByRole("link", { name: "Read it in the glossary" })).toHaveAttribute("href", "/glossary#ihc");
    fireEvent.click(button); // closes
    fireEvent.click(button); // opens, and asks again
    expect(loadTerm).toHaveBeenCalledTimes(2);
    expect(await screen.findByText(/A protein test\./)).toBeVisible();
  });
});
