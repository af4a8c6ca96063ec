import { fireEvent, render, screen } from "@testing-library/react";
import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { EmbedSnippet } from "@/components/chart/EmbedSnippet";
import { SiteOriginProvider } from "@/components/layout/SiteOrigin";

const snippet = () => (screen.getByRole("textbox") as HTMLTextAreaElement).value;

describe("EmbedSnippet: the embed's look", () => {
  it("rewrites the snippet as the host picks the colours, plain and transparent, keeping the view", () => {
    render(
      <SiteOriginProvider origin="https://her2.example.org">
        <EmbedSnippet embed={{ chart: "survival", search: "?stage=distant" }} />
      </SiteOriginProvider>,
    );
    expect(screen.getByRole("radio", { name: "Follow the reader's system" })).toBeChecked();
    expect(snippet()).toContain('src="https://her2.example.org/embed/survival?stage=distant"');
    expect(snippet()).toContain("color-scheme:light dark");

    fireEvent.click(screen.getByRole("radio", { name: "Dark" }));
    expect(snippet()).toContain('src="https://her2.example.org/embed/survival?stage=distant&amp;theme=dark"');
    expect(snippet()).toContain("color-scheme:dark");

    fireEvent.click(screen.getByRole("checkbox", { name: "Plain" }));
    fireEvent.click(screen.getByRole("checkbox", { name: "Transparent background" }));
    expect(snippet()).toContain('src="https://her2.example.org/embed/survival?stage=distant&amp;theme=dark&amp;plain=1&amp;transparent=1"');

    fireEvent.click(screen.getByRole("radio", { name: "Light" }));
    fireEvent.click(screen.getByRole("checkbox", { name: "Plain" }));
    expect(snippet()).toContain('src="https://her2.example.org/embed/survival?stage=distant&amp;theme=light&amp;transparent=1"');
    expect(snippet()).toContain("color-scheme:light");
  });

  it("tells the host that a plain embed needs their caption", () => {
    render(<EmbedSnippet embed={{ chart: "compare", search: "" }} />);
    expect(screen.getByRole("checkbox", { name: "Plain" })).toHaveAccessibleDescription(/caption the chart on your page/);
  });

  it("without JavaScript, names the parameters instead of offering controls that could not change the snippet", () => {
    const html = renderToString(<EmbedSnippet embed={{ chart: "survival", search: "" }} />);
    expect(html).not.toContain('type="radio"');
    expect(html).toContain("<code>theme=dark</code>");
    expect(html).toContain("<code>plain=1</code>");
    expect(html).toContain("<code>transparent=1</code>");
  });
});
