import { act, render, screen } from "@testing-library/react";
import { renderToString } from "react-dom/server";
import { afterEach, describe, expect, it, vi } from "vitest";
import { CiteThis } from "@/components/chart/CiteThis";
import { DataLinks } from "@/components/chart/DataLinks";
import { EmbedSnippet } from "@/components/chart/EmbedSnippet";
import { SiteOriginProvider } from "@/components/layout/SiteOrigin";
import { useUrlSearch } from "@/components/layout/useUrlSearch";

function Page({ search }: { search: string }) {
  useUrlSearch(search);
  return (
    <SiteOriginProvider origin="https://her2.example.org">
      <CiteThis title="A chart" anchor="a-chart" citations={["Source A."]} />
    </SiteOriginProvider>
  );
}

afterEach(() => {
  vi.useRealTimers();
  window.history.replaceState(null, "", "/");
});

describe("CiteThis", () => {
  it("the server HTML carries neither an address nor a build-day access date", () => {
    const html = renderToString(<CiteThis title="A chart" anchor="a-chart" citations={["Source A."]} />);
    expect(html).not.toContain("Accessed");
    expect(html).not.toContain("http");
    expect(html).toContain("A chart.");
  });

  it("after mount it names today's date and the view's address on the public origin, and follows each change of view", () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2031-05-06T12:00:00Z"));
    window.history.replaceState(null, "", "/survival");
    const { rerender } = render(<Page search="" />);
    expect(screen.getByTestId("cite-text")).toHaveTextContent("https://her2.example.org/survival#a-chart. Accessed 2031-05-06.");
    act(() => rerender(<Page search="?measure=five-year-relative" />));
    expect(screen.getByTestId("cite-text")).toHaveTextContent("/survival?measure=five-year-relative#a-chart. Accessed 2031-05-06.");
    act(() => {
      window.history.replaceState(null, "", "/survival?view=table");
      window.dispatchEvent(new PopStateEvent("popstate"));
    });
    expect(screen.getByTestId("cite-text")).toHaveTextContent("/survival?view=table#a-chart.");
  });
});

describe("EmbedSnippet", () => {
  it("names the public origin, not the address the page was opened on", () => {
    window.history.replaceState(null, "", "/survival");
    render(
      <SiteOriginProvider origin="https://her2.example.org">
        <EmbedSnippet embed={{ chart: "survival", search: "?stage=distant" }} />
      </SiteOriginProvider>,
    );
    const snippet = (screen.getByRole("textbox") as HTMLTextAreaElement).value;
    expect(snippet).toContain('src="https://her2.example.org/embed/survival?stage=distant"');
    expect(snippet).toContain('src="https://her2.example.org/embed.js"');
    expect(snippet).not.toContain("localhost");
  });
});

describe("DataLinks", () => {
  it("offers CSV and JSON of the same query, both as downloads named after the dataset", () => {
    render(<DataLinks apiPath="/api/survival?measure=five-year-relative" />);
    expect(screen.getByRole("link", { name: "CSV" })).toHaveAttribute("href", "/api/survival?measure=five-year-relative&format=csv");
    expect(screen.getByRole("link", { name: "CSV" })).toHaveAttribute("download");
    expect(screen.getByRole("link", { name: "JSON" })).toHaveAttribute("href", "/api/survival?measure=five-year-relative");
    expect(screen.getByRole("link", { name: "JSON" })).toHaveAttribute("download", "survival.json");
  });
});
