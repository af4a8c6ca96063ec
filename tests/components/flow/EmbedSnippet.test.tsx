import { screen } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { draftFromSearchParams } from "@/lib/her2/case-draft";
import { flowRouter, openShare, renderFlow } from "./helpers";

vi.mock("next/navigation", () => ({ useRouter: () => flowRouter }));

describe("TestingFlow embed", () => {
  it("offers the iframe snippet for /embed/testing with the case shown, once its section is opened", async () => {
    renderFlow(draftFromSearchParams({ ihc: "3+" }).draft);
    await openShare();
    // The share tools' code loads on the first opening: a module import that can outlast findBy's 1 s default on two busy cores.
    const snippet = (await screen.findByLabelText(/Paste this into your page/, {}, { timeout: 10_000 })) as HTMLTextAreaElement;
    expect(snippet.value).toMatch(/<iframe src="[^"]*\/embed\/testing\?ihc=3%2B"/);
  });
});
