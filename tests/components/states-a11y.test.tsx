// States that the browser's page audit never loads — a link's rejected settings, a
// case with invalid answers, a batch with errors — checked by axe in jsdom for names, roles and ARIA.
import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { BatchClassifier } from "@/components/flow/BatchClassifier";
import { Notices } from "@/components/layout/Notices";
import { expectNoAxeViolations } from "./axe";
import { flowRouter, renderFlow, stepper, type } from "./flow/helpers";

vi.mock("next/navigation", () => ({ useRouter: () => flowRouter }));

afterEach(() => window.history.replaceState(null, "", "/"));

// Axe runs one pass at a time: a pass cut off by a timeout would fail the tests after it, so each has room.
describe("states no page load shows, in axe", { timeout: 30_000 }, () => {
  it("a link's rejected settings: the notice", async () => {
    const { container } = render(<Notices notices={["The “measure” setting was not recognised, so the default is shown."]} />);
    expect(screen.getByTestId("url-notice")).toBeInTheDocument();
    await expectNoAxeViolations(container);
  });

  it("a case with an invalid answer: its message beside the field", async () => {
    renderFlow();
    fireEvent.click(stepper().getByLabelText("IHC 2+"));
    type("HER2/CEP17 ratio", "-1");
    expect(screen.getByTestId("error-ratio")).toBeInTheDocument();
    expect(stepper().getByLabelText("HER2/CEP17 ratio")).toHaveAttribute("aria-invalid", "true");
    // The stepper and the result card: the diagram beside them is the page audit's.
    await expectNoAxeViolations(screen.getByTestId("stepper"));
    await expectNoAxeViolations(screen.getByTestId("result-card"));
  });

  it("a batch with errors: the counts, the rows and the errors by line", async () => {
    const { container } = render(<BatchClassifier />);
    fireEvent.change(screen.getByLabelText("CSV text"), { target: { value: "ihc,ratio,copies\n3+,,\n4+,,\n2+,abc,4.0\n2+,," } });
    fireEvent.click(screen.getByRole("button", { name: "Classify" }));
    // The classifier's code loads on the first batch.
    await waitFor(() => expect(screen.getByTestId("batch-errors")).toBeInTheDocument(), { timeout: 10_000 });
    await expectNoAxeViolations(container);
  });
});
