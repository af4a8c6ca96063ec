import { act, render } from "@testing-library/react";
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { RevealTarget } from "@/components/glossary/RevealTarget";

function Page() {
  return (
    <>
      <details data-testid="stage">
        <summary>Stage</summary>
        <article id="de-novo-stage-iv">De novo stage IV</article>
      </details>
      <details data-testid="testing">
        <summary>HER2 testing</summary>
        <article id="ihc">IHC</article>
      </details>
      <RevealTarget />
    </>
  );
}

describe("RevealTarget", () => {
  const scrolled = vi.fn();
  const own = Element.prototype.scrollIntoView;
  afterAll(() => {
    Element.prototype.scrollIntoView = own;
  });
  beforeEach(() => {
    // jsdom lays nothing out, so it has no scrollIntoView of its own.
    Element.prototype.scrollIntoView = scrolled;
  });
  afterEach(() => {
    history.replaceState(null, "", "/");
    scrolled.mockReset();
  });

  it("opens the folded topic holding the entry the address points at, and shows the entry", () => {
    history.replaceState(null, "", "/glossary#de-novo-stage-iv");
    const { getByTestId } = render(<Page />);
    expect((getByTestId("stage") as HTMLDetailsElement).open).toBe(true);
    expect((getByTestId("testing") as HTMLDetailsElement).open).toBe(false);
    expect(scrolled).toHaveBeenCalledTimes(1);
  });

  it("opens the next topic when an in-page link changes the address", () => {
    history.replaceState(null, "", "/glossary");
    const { getByTestId } = render(<Page />);
    expect((getByTestId("testing") as HTMLDetailsElement).open).toBe(false);
    act(() => {
      history.replaceState(null, "", "/glossary#ihc");
      window.dispatchEvent(new HashChangeEvent("hashchange"));
    });
    expect((getByTestId("testing") as HTMLDetailsElement).open).toBe(true);
  });

  it("leaves the page as it is for an address with no entry", () => {
    history.replaceState(null, "", "/glossary#no-such-term");
    const { getByTestId } = render(<Page />);
    expect((getByTestId("stage") as HTMLDetailsElement).open).toBe(false);
    expect(scrolled).not.toHaveBeenCalled();
  });
});
