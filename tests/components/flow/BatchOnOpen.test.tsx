import { act, render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { BatchOnOpen } from "@/components/flow/BatchOnOpen";

describe("BatchOnOpen", () => {
  it("loads the batch form only once its section is opened", async () => {
    const { container } = render(
      <details>
        <summary>Batch</summary>
        <BatchOnOpen />
      </details>,
    );
    await act(async () => {});
    expect(screen.queryByLabelText("CSV text")).toBeNull();
    const details = container.querySelector("details");
    if (!details) throw new Error("no details");
    await act(async () => {
      details.open = true;
      details.dispatchEvent(new Event("toggle"));
    });
    expect(await screen.findByLabelText("CSV text", {}, { timeout: 10_000 })).toBeInTheDocument();
  });

  it("shows the form at once where its section is already open", async () => {
    render(
      <details open>
        <summary>Batch</summary>
        <BatchOnOpen />
      </details>,
    );
    expect(await screen.findByLabelText("CSV text", {}, { timeout: 10_000 })).toBeInTheDocument();
  });
});
