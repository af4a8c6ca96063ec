import { render, screen } from "@testing-library/react";
import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ImageLinks } from "@/components/chart/ImageLinks";

const PATH = "/api/charts/survival?stage=distant";

describe("ImageLinks", () => {
  it("offers the downloads without JavaScript, and no copy button that could not work", () => {
    const html = renderToString(<ImageLinks imagePath={PATH} title="Survival" />);
    expect(html).toContain("/api/charts/survival.png");
    expect(html).not.toContain("Copy image");
    expect(html).not.toContain("<button");
  });

  it("adds the copy button once the page runs", () => {
    render(<ImageLinks imagePath={PATH} title="Survival" />);
    expect(screen.getByRole("button", { name: "Copy image" })).toBeInTheDocument();
  });
});
