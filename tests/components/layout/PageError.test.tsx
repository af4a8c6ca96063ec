import { fireEvent, render, screen } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import NotFound from "@/app/not-found";
import { PageError } from "@/components/layout/PageError";

describe("error and not-found pages", () => {
  it("the error page explains, offers a retry and never shows the error's message or stack", () => {
    const reset = vi.fn();
    const error = Object.assign(new Error("secret internals at /srv/app.js:12"), { digest: "abc" });
    render(<PageError error={error} reset={reset} />);
    expect(screen.getByRole("alert")).toHaveTextContent("Something went wrong");
    expect(document.body).not.toHaveTextContent("secret internals");
    fireEvent.click(screen.getByRole("button", { name: "Try again" }));
    expect(reset).toHaveBeenCalledOnce();
  });

  it("the not-found page links back to the overview and the data", () => {
    render(<NotFound />);
    expect(screen.getByRole("heading", { level: 1 })).toHaveTextContent("Page not found");
    expect(screen.getByRole("link", { name: "Go to the overview" })).toHaveAttribute("href", "/");
  });
});
