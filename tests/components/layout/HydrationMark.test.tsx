import { render } from "@testing-library/react";
import { renderToString } from "react-dom/server";
import { afterEach, describe, expect, it } from "vitest";
import { HydrationMark } from "@/components/layout/HydrationMark";

describe("HydrationMark", () => {
  afterEach(() => {
    delete document.documentElement.dataset.hydrated;
  });

  it("renders nothing and leaves the server's document unmarked", () => {
    expect(renderToString(<HydrationMark />)).toBe("");
    expect(document.documentElement).not.toHaveAttribute("data-hydrated");
  });

  it("marks the document once React has committed it in the browser", () => {
    render(<HydrationMark />);
    expect(document.documentElement).toHaveAttribute("data-hydrated", "");
  });
});
