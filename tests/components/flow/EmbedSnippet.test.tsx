import { screen } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { draftFromSearchParams } from "@/lib/her2/case-draft";
import { flowRouter, renderFlow } from "./helpers";

vi.mock("next/navigation", () => ({ useRouter: () => flowRouter }));

describe("TestingFlow embed", () => {
  it("offers the iframe snippet for /embed/testing with the case shown", () => {
    renderFlow(draftFromSearchParams({ ihc: "3+" }).draft);
    const snippet = screen.getByLabelText(/Paste this into your page/) as HTMLTextAreaElement;
    expect(snippet.value).toMatch(/<iframe src="[^"]*\/embed\/testing\?ihc=3%2B"/);
  });
});
