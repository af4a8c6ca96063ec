import { act, fireEvent, render, screen } from "@testing-library/react";
import { renderToString } from "react-dom/server";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { CiteThis } from "@/components/chart/CiteThis";
import { SiteOriginProvider } from "@/components/layout/SiteOrigin";

const SOURCES = ['Howlader N, et al. "HER2" {subtypes}. 2018.'];

function renderCite() {
  return render(
    <SiteOriginProvider origin="https://her2.example.org">
      <CiteThis title="Survival by subtype" anchor="survival-chart" citations={SOURCES} />
    </SiteOriginProvider>,
  );
}

/** The text of a data: URL. */
const dataText = (href: string | null) => decodeURIComponent((href ?? "").slice((href ?? "").indexOf(",") + 1));

beforeEach(() => {
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(new Date("2031-05-06T12:00:00Z"));
  window.history.replaceState(null, "", "/survival?stage=distant");
});

afterEach(() => {
  vi.useRealTimers();
  window.history.replaceState(null, "", "/");
  Reflect.deleteProperty(navigator, "clipboard");
});

function stubClipboard(writeText: (text: string) => Promise<void>) {
  Object.defineProperty(navigator, "clipboard", { value: { writeText }, configurable: true });
}

describe("CiteThis: link and citation files", () => {
  it("without JavaScript: a plain link to the chart on this very page, and no button or file that could not work", () => {
    const html = renderToString(<CiteThis title="Survival by subtype" anchor="survival-chart" citations={SOURCES} />);
    expect(html).toContain('<a href="#survival-chart">Link to this view</a>');
    expect(html).not.toContain("<button");
    expect(html).not.toContain(".bib");
  });

  it("links to the exact view on the public origin, and copies that link with a visible confirmation", async () => {
    const writeText = vi.fn(() => Promise.resolve());
    stubClipboard(writeText);
    renderCite();
    const exact = "https://her2.example.org/survival?stage=distant#survival-chart";
    expect(screen.getByRole("link", { name: "Link to this view" })).toHaveAttribute("href", exact);
    expect(screen.getByRole("status")).toHaveTextContent("");
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Copy link" })));
    expect(writeText).toHaveBeenCalledWith(exact);
    expect(screen.getByRole("status")).toHaveTextContent("Link copied.");
  });

  it("says so when the browser refuses to copy, pointing to the link", async () => {
    stubClipboard(() => Promise.reject(new Error("denied")));
    renderCite();
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Copy link" })));
    expect(screen.getByRole("status")).toHaveTextContent("Could not copy here: copy the link beside the button instead.");
  });

  it("drops the confirmation once the view changes: it was about the old address", async () => {
    stubClipboard(() => Promise.resolve());
    renderCite();
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Copy link" })));
    act(() => {
      window.history.replaceState(null, "", "/survival?stage=regional");
      window.dispatchEvent(new PopStateEvent("popstate"));
    });
    expect(screen.getByRole("status")).toHaveTextContent("");
  });

  it("offers BibTeX and RIS of this view: the atlas, the address, the release, the access date and the source, escaped for each format", () => {
    renderCite();
    const bib = screen.getByRole("link", { name: "BibTeX (.bib)" });
    expect(bib).toHaveAttribute("download", "her2-atlas-survival-by-subtype.bib");
    const bibtex = dataText(bib.getAttribute("href"));
    expect(bibtex).toMatch(/^@misc\{her2-atlas:survival-by-subtype,\n {2}author = \{\{HER2 Atlas\}\},/);
    // The chart's own section, so a page of several charts opens on the one cited.
    expect(bibtex).toContain("  url = {https://her2.example.org/survival?stage=distant#survival-chart},");
    expect(bibtex).toContain("  urldate = {2031-05-06},");
    expect(bibtex).toMatch(/ {2}version = \{\d{4}\.\d{2}\.\d{2}\},/);
    expect(bibtex).toContain('Data: Howlader N, et al. {"}HER2{"} \\{subtypes\\}. 2018.},');
    const ris = screen.getByRole("link", { name: "RIS (.ris)" });
    expect(ris).toHaveAttribute("download", "her2-atlas-survival-by-subtype.ris");
    const record = dataText(ris.getAttribute("href"));
    expect(record.startsWith("TY  - ELEC\r\n")).toBe(true);
    expect(record).toContain("UR  - https://her2.example.org/survival?stage=distant#survival-chart\r\n");
    expect(record).toContain("Y2  - 2031/05/06\r\n");
    expect(record).toContain('N1  - Data: Howlader N, et al. "HER2" {subtypes}. 2018.\r\n');
    expect(record.endsWith("ER  - \r\n")).toBe(true);
  });
});
