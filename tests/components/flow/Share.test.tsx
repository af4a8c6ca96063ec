import { screen, within } from "@testing-library/react";
import { renderToString } from "react-dom/server";
import { afterEach, describe, expect, it, vi } from "vitest";
import { TestingView } from "@/components/flow/TestingView";
import { sourceFor } from "@/lib/datasets";
import { draftFromSearchParams } from "@/lib/her2/case-draft";
import { FLOW_SOURCE_IDS } from "@/lib/her2/text";
import { answerCase, flowRouter, openShare, renderFlow } from "./helpers";

vi.mock("next/navigation", () => ({ useRouter: () => flowRouter }));

afterEach(() => window.history.replaceState(null, "", "/"));

const CASE_IMAGE = "/api/charts/testing.svg?ihc=2%2B&ratio=2.5&copies=5.1&size=slide";

describe("the diagram's downloads, deck and embed code", () => {
  it("load when their section opens, for the case as answered", async () => {
    renderFlow();
    answerCase("ihc=2+, ratio=2.5, copies=5.1");
    const share = within(screen.getByTestId("flow-share"));
    expect(share.queryByRole("link", { name: "SVG" })).toBeNull();
    await openShare();
    expect(await share.findByRole("link", { name: "SVG" }, { timeout: 10_000 })).toHaveAttribute("href", CASE_IMAGE);
    expect(share.getByRole("button", { name: "Copy image" })).toBeInTheDocument();
    // Cited as every chart is: the guideline papers the diagram follows, in full.
    expect(share.getByText("Cite this chart")).toBeInTheDocument();
    for (const id of FLOW_SOURCE_IDS) expect(share.getByTestId("cite-text")).toHaveTextContent(sourceFor(id).citation);
    expect((share.getByRole("textbox", { name: /Paste this into your page/ }) as HTMLTextAreaElement).value).toContain(
      '<iframe src="/embed/testing?ihc=2%2B&amp;ratio=2.5&amp;copies=5.1"',
    );
  });

  it("without JavaScript, are the server's links for the case in the address", () => {
    const { draft } = draftFromSearchParams({ ihc: "2+", ratio: "2.5", copies: "5.1" });
    const html = renderToString(<TestingView draft={draft} />);
    const share = /<noscript>(.*?)<\/noscript>/s.exec(html.slice(html.indexOf('data-testid="flow-share"')))?.[1] ?? "";
    expect(share).toContain(`href="${CASE_IMAGE.replaceAll("&", "&amp;")}"`);
    expect(share).toContain('href="/present?deck=testing%3Fihc%3D2%252B%26ratio%3D2.5%26copies%3D5.1"');
    expect(share).toContain("/embed/testing?ihc=2%2B&amp;amp;ratio=2.5&amp;amp;copies=5.1");
    // The buttons and choices need a script, so the page without one does not offer them.
    expect(share).not.toContain("Copy image");
    expect(share).not.toContain("<button");
    expect(share).toContain("Cite this chart");
    // The citation names the case's address on the public origin, as the page's own citations do.
    expect(share).toMatch(/https?:\/\/[^ ]+\/testing\?ihc=2%2B&amp;ratio=2\.5&amp;copies=5\.1\./);
  });
});
