// A folded chart opens where a link sends the reader to it: its figure named by the address's
// #fragment, on load or after a hash change. (A link that sets a chart's own settings: PrevalenceExplorer's tests.)
// A closed body the server sent is left as it came while the page hydrates, until the reader opens it.
import { act, render, screen } from "@testing-library/react";
import { hydrateRoot, type Root } from "react-dom/client";
import { renderToString } from "react-dom/server";
import { afterEach, describe, expect, it } from "vitest";
import { ChartFold } from "@/components/chart/ChartFold";

function figure(id: string) {
  return (
    <figure id={id}>
      <ChartFold id={id} open={false} summary={<span>{id}</span>}>
        <p>chart</p>
      </ChartFold>
    </figure>
  );
}

const folds = () => screen.getAllByTestId("chart-fold") as HTMLDetailsElement[];

afterEach(() => window.history.replaceState(null, "", "/"));

describe("ChartFold", () => {
  it("opens the fold whose figure the address names, and only that one", () => {
    window.history.replaceState(null, "", "/prevalence#by-age");
    render(
      <>
        {figure("by-race")}
        {figure("by-age")}
      </>,
    );
    expect(folds().map((fold) => fold.open)).toEqual([false, true]);
  });

  it("draws a closed body at once where no served page holds it (a page reached by a client-side link)", () => {
    render(figure("by-race"));
    expect(folds()[0]).toHaveTextContent("chart");
  });

  it("opens on a later hash change, also a fold the reader had closed", () => {
    render(figure("by-race"));
    const [fold] = folds();
    expect(fold?.open).toBe(false);
    act(() => {
      window.history.replaceState(null, "", "/prevalence#by-race");
      window.dispatchEvent(new HashChangeEvent("hashchange"));
    });
    expect(fold?.open).toBe(true);
  });
});

describe("ChartFold on a served page", () => {
  const pages: { root: Root; container: HTMLElement }[] = [];
  afterEach(() => {
    for (const { root, container } of pages.splice(0)) {
      act(() => root.unmount());
      container.remove();
    }
  });

  /** The page as the server sent it, then hydrated: a fold whose body counts its button's clicks. */
  async function served(open: boolean) {
    const clicks = { count: 0 };
    const page = (
      <figure id="by-age">
        <ChartFold id="by-age" open={open} summary={<span>by-age</span>}>
          <button type="button" onClick={() => clicks.count++}>
            Explore
          </button>
        </ChartFold>
      </figure>
    );
    const container = document.createElement("div");
    container.innerHTML = renderToString(page);
    document.body.append(container);
    const servedBody = container.querySelector("#by-age-fold-body");
    let root: Root | undefined;
    await act(async () => {
      root = hydrateRoot(container, page);
    });
    if (root) pages.push({ root, container });
    const body = () => container.querySelector("#by-age-fold-body");
    const click = () => body()?.querySelector("button")?.click();
    return { clicks, servedBody, body, click, details: container.querySelector("details") as HTMLDetailsElement };
  }

  it("keeps a closed body as served, unhydrated, and draws it with React when the reader opens it", async () => {
    const page = await served(false);
    expect(page.body()).toBe(page.servedBody);
    expect(page.body()).toHaveTextContent("Explore");
    page.click();
    expect(page.clicks.count).toBe(0);
    await act(async () => {
      page.details.open = true;
      page.details.dispatchEvent(new Event("toggle"));
    });
    expect(page.body()).not.toBe(page.servedBody);
    page.click();
    expect(page.clicks.count).toBe(1);
  });

  it("hydrates a body that starts open", async () => {
    const page = await served(true);
    expect(page.body()).toBe(page.servedBody);
    page.click();
    expect(page.clicks.count).toBe(1);
  });
});
