import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { Notices } from "@/components/layout/Notices";
import { MAX_NOTICES, unrecognisedNotice } from "@/lib/charts/url-state";
import { parseNoSettings } from "@/lib/embed";

describe("Notices", () => {
  it("shows nothing without notices", () => {
    const { container } = render(<Notices notices={[]} />);
    expect(container).toBeEmptyDOMElement();
  });

  it("shows a link with thousands of long parameter names in a few short lines, as text", () => {
    const params = Object.fromEntries(Array.from({ length: 2000 }, (_, i) => [`<b>${i}</b>${"y".repeat(3000)}`, "1"]));
    render(<Notices notices={parseNoSettings(params).notices} />);
    const lines = screen.getByTestId("url-notice").querySelectorAll("p");
    expect(lines).toHaveLength(MAX_NOTICES);
    expect(screen.getByTestId("url-notice").querySelector("b")).toBeNull();
    for (const line of lines) expect(line.textContent!.length).toBeLessThan(120);
    expect(lines[0]).toHaveTextContent(unrecognisedNotice(Object.keys(params)[0]!));
    expect(lines[0]).toHaveTextContent("“?b?0??b?yyyyyyyy…”");
    expect(lines[MAX_NOTICES - 1]).toHaveTextContent(`The link has ${2000 - (MAX_NOTICES - 1)} more settings`);
  });
});
