import { fireEvent, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { draftFromSearchParams } from "@/lib/her2/case-draft";
import { type NodeId, outcomeNodes } from "@/lib/her2/graph";
import { VALID_CASES } from "../../lib/her2/reference-cases";
import { answerCase, flowRouter, node, renderFlow, stepper, type } from "./helpers";

vi.mock("next/navigation", () => ({ useRouter: () => flowRouter }));

afterEach(() => window.history.replaceState(null, "", "/"));

const HEADLINES: Record<string, RegExp> = {
  positive: /^HER2-positive$/,
  negative: /^HER2-negative$/,
  "negative-with-comment": /^HER2-negative, with comment$/,
  pending: /./,
};

describe("the stepper drives the diagram and the result card", () => {
  const reached = new Set<NodeId>();

  it.each(VALID_CASES)("case %i (%s): %s", (_n, _name, inputs, _group, status, category, pathColumn) => {
    renderFlow();
    answerCase(inputs);
    const path = pathColumn.split(" → ") as NodeId[];
    const last = path[path.length - 1] as NodeId;
    reached.add(last);

    const card = screen.getByTestId("result-card");
    expect(card).toHaveAttribute("data-outcome", category.replace(" ⚑", ""));
    expect(within(card).getByRole("heading", { level: 2 }).textContent).toMatch(HEADLINES[status] as RegExp);
    expect(card).toHaveTextContent(status === "pending" ? "Not final yet" : "Final result");

    const current = screen.getByTestId("flow-wide").querySelectorAll('[aria-current="step"]');
    expect([...current].map((element) => element.getAttribute("data-node"))).toEqual([last]);
    const lit = [...screen.getByTestId("flow-wide").querySelectorAll('[data-node][data-on-path="true"]')].map((element) => element.getAttribute("data-node"));
    expect(lit.sort()).toEqual([...path].sort());
    for (const [from, to] of path.slice(1).map((to, i) => [path[i], to])) {
      expect(screen.getByTestId("flow-wide").querySelector(`[data-edge="${from}>${to}"]`)).toHaveAttribute("data-on-path", "true");
    }
  });

  it("the reference cases above reach every outcome node of the graph", () => {
    expect([...reached].sort()).toEqual(outcomeNodes.map((n) => n.id).sort());
  });

  it("shows the report wording, the plain and clinical text, the sub-group note and the disclaimer", () => {
    renderFlow();
    answerCase("ihc=1+");
    const card = screen.getByTestId("result-card");
    const phrases = [
      "“IHC 1+ negative”",
      "HER2-low: some HER2 protein is present",
      "not advice",
      "not ASCO/CAP result categories",
      "Educational logic, not a diagnostic device.",
    ];
    for (const phrase of phrases) expect(card).toHaveTextContent(phrase);
    expect(screen.getByTestId("result-category")).toHaveTextContent("HER2-low");
  });

  it("asks only what comes next: ISH after IHC 2+, nothing more after IHC 3+ unless asked", () => {
    renderFlow();
    expect(stepper().queryByLabelText("HER2/CEP17 ratio")).toBeNull();
    fireEvent.click(stepper().getByLabelText("IHC 2+"));
    expect(stepper().getByLabelText("HER2/CEP17 ratio")).toBeVisible();
    expect(screen.getByTestId("result-card")).toHaveAttribute("data-outcome", "reflex-ish");
    fireEvent.click(stepper().getByLabelText("IHC 3+"));
    expect(screen.getByText("Also have an ISH (gene test) result? (optional)")).toBeInTheDocument();
    expect(stepper().queryByRole("group", { name: "With IHC 0: was any faint staining seen?" })).toBeNull();
    fireEvent.click(stepper().getByLabelText("IHC 0"));
    expect(stepper().getByRole("group", { name: "With IHC 0: was any faint staining seen?" })).toBeInTheDocument();
  });

  it("keeps the optional ISH section open while the reader clears a box to retype it", async () => {
    renderFlow();
    fireEvent.click(stepper().getByLabelText("IHC 3+"));
    const section = screen.getByText("Also have an ISH (gene test) result? (optional)").closest("details")!;
    section.open = true;
    await new Promise((resolve) => setTimeout(resolve, 0)); // the toggle event is queued
    type("HER2/CEP17 ratio", "1");
    type("HER2/CEP17 ratio", "");
    expect(section.open).toBe(true);
    expect(stepper().getByLabelText("HER2/CEP17 ratio")).toBeVisible();
  });

  it("shows the recount fields only while the case waits for a recount", () => {
    renderFlow();
    answerCase("ihc=2+, ratio=2.5, copies=5.0");
    expect(stepper().queryByLabelText("Recount: HER2/CEP17 ratio")).toBeNull();
    type("Average HER2 copies per cell", "3.5"); // group 2 with IHC 2+
    expect(screen.getByTestId("result-card")).toHaveAttribute("data-outcome", "recount");
    expect(stepper().getByLabelText("Recount: HER2/CEP17 ratio")).toBeInTheDocument();
    type("Recount: HER2/CEP17 ratio", "2.1");
    type("Recount: average HER2 copies per cell", "3.6");
    expect(screen.getByTestId("result-card")).toHaveAttribute("data-outcome", "her2-low");
    expect(stepper().getByLabelText("Recount: HER2/CEP17 ratio")).toBeInTheDocument();
    fireEvent.click(stepper().getByLabelText("IHC 1+")); // group 2 with IHC 1+: decided without a recount
    expect(stepper().queryByLabelText("Recount: HER2/CEP17 ratio")).toBeNull();
    expect(screen.getByTestId("result-card")).toHaveAttribute("data-outcome", "her2-low");
  });

  it("keeps its result line whatever the answers, so a result that comes or goes never moves the questions; a wrong value is announced", () => {
    renderFlow();
    const line = screen.getByTestId("result-first");
    expect(line).toHaveTextContent("Answer the questions below: the result shows here.");
    fireEvent.click(stepper().getByLabelText("IHC 2+"));
    expect(screen.getByTestId("result-first")).toBe(line);
    expect(line).toHaveTextContent(/^Result: .+\. Read what it means$/);
    type("HER2/CEP17 ratio", "-1");
    expect(line).toHaveTextContent("No result yet: check the value marked in the form.");
    expect(screen.getByTestId("result-announcement")).toHaveTextContent("No result yet: check the value marked in the form.");
  });

  it.each([
    [{ ihc: "2+", ratio: "2.5" }, "copies", "Average HER2 copies per cell", "Required when “HER2/CEP17 ratio” is given."],
    [
      { ihc: "2+", copies: "4.5" },
      "ratio",
      "HER2/CEP17 ratio",
      "Required when “Average HER2 copies per cell” is given (or give “Average CEP17 signals per cell” to derive it).",
    ],
    [
      { ihc: "2+", ratio: "2.2", copies: "3.5", recountRatio: "2.1" },
      "recountCopies",
      "Recount: average HER2 copies per cell",
      "Required when “Recount: HER2/CEP17 ratio” is given.",
    ],
  ])("an opened case %o says at once that it needs %s: the reader left it there", (fields, name, label, message) => {
    renderFlow(draftFromSearchParams(fields).draft);
    expect(screen.getByTestId(`error-${name}`)).toHaveTextContent(message);
    expect(screen.getByTestId("result-first")).toHaveTextContent(`No result yet: the result needs “${label}”.`);
  });

  it("asks the boxes of another answer afresh: back on IHC 2+, the empty copies box waits again until visited", () => {
    renderFlow(draftFromSearchParams({ ihc: "2+", ratio: "2.5" }).draft);
    expect(screen.getByTestId("error-copies")).toBeInTheDocument();
    fireEvent.click(stepper().getByLabelText("IHC 3+"));
    fireEvent.click(stepper().getByLabelText("IHC 2+"));
    type("HER2/CEP17 ratio", "2.6");
    expect(screen.queryByTestId("error-copies")).toBeNull();
    expect(screen.getByTestId("result-announcement")).toHaveTextContent("No result yet: the result needs “Average HER2 copies per cell”.");
  });

  it("shows the waiting card at once when a cleared box takes the result away, before the server answers", () => {
    renderFlow(draftFromSearchParams({ ihc: "2+", ratio: "2.5", copies: "5.1" }).draft);
    expect(screen.getByTestId("result-card")).toHaveAttribute("data-outcome", "her2-positive");
    flowRouter.replace.mockImplementation(() => undefined); // the server never answers
    type("Average HER2 copies per cell", "");
    expect(screen.getByTestId("result-card")).toHaveAttribute("data-outcome", "incomplete");
  });

  it("says an optional ISH result needs finishing or clearing, not that the result needs it", () => {
    renderFlow(draftFromSearchParams({ ihc: "3+" }).draft);
    fireEvent.click(screen.getByText(/Also have an ISH/));
    type("HER2/CEP17 ratio", "2.5");
    expect(screen.getByTestId("result-first")).toHaveTextContent(
      "No result yet: to add the optional ISH result, give “Average HER2 copies per cell”, or clear the ISH values.",
    );
  });

  it("puts each validation message beside its field, linked with aria-describedby", () => {
    renderFlow();
    fireEvent.click(stepper().getByLabelText("IHC 2+"));
    type("HER2/CEP17 ratio", "2.5");
    const copies = stepper().getByLabelText("Average HER2 copies per cell");
    // The next box the case needs is not flagged while the reader is still in the one before it.
    expect(screen.queryByTestId("error-copies")).toBeNull();
    expect(screen.getByTestId("result-first")).toHaveTextContent("No result yet: the result needs “Average HER2 copies per cell”.");
    expect(screen.getByTestId("result-card")).toHaveAttribute("data-outcome", "incomplete");
    expect(screen.getByTestId("result-announcement")).toHaveTextContent("No result yet: the result needs “Average HER2 copies per cell”.");
    fireEvent.blur(copies); // been there and left it empty
    expect(screen.getByTestId("error-copies")).toHaveTextContent("Required when “HER2/CEP17 ratio” is given.");
    expect(copies.getAttribute("aria-describedby")).toContain("case-copies-error");
    expect(copies).not.toHaveAttribute("aria-invalid"); // empty: a prompt, not a wrong value

    type("HER2/CEP17 ratio", "-1");
    const ratio = stepper().getByLabelText("HER2/CEP17 ratio");
    expect(screen.getByTestId("error-ratio")).toHaveTextContent("Must be a number above 0");
    expect(ratio).toHaveAttribute("aria-invalid", "true");
    expect(ratio).toHaveAccessibleDescription(/Must be a number above 0/);
    expect(screen.getByTestId("result-card")).toHaveAttribute("data-outcome", "invalid");
    // The path goes as far as the valid answers: IHC 2+ still waits for a usable ISH result.
    expect(screen.getByTestId("flow-wide").querySelector('[aria-current="step"]')).toHaveAttribute("data-node", "pending-ish");

    type("HER2/CEP17 ratio", "3.0");
    type("Average HER2 copies per cell", "4.0");
    type("Average CEP17 signals per cell (optional)", "2.0");
    expect(screen.getByTestId("error-ratio")).toHaveTextContent("Does not match “Average HER2 copies per cell” ÷ “Average CEP17 signals per cell”");
    type("Average CEP17 signals per cell (optional)", "1.34");
    expect(screen.queryByTestId("error-ratio")).toBeNull();
    expect(screen.getByTestId("result-card")).toHaveAttribute("data-outcome", "her2-positive");
  });

  it("marks every field with a decimal comma at once, each with its own hint", () => {
    renderFlow();
    fireEvent.click(stepper().getByLabelText("IHC 2+"));
    type("HER2/CEP17 ratio", "2,1");
    type("Average HER2 copies per cell", "4,5");
    expect(screen.getByTestId("error-ratio")).toHaveTextContent("Write the decimal with a point, as in 2.1.");
    expect(screen.getByTestId("error-copies")).toHaveTextContent("Write the decimal with a point, as in 4.5.");
    for (const label of ["HER2/CEP17 ratio", "Average HER2 copies per cell"]) {
      expect(stepper().getByLabelText(label)).toHaveAttribute("aria-invalid", "true");
      expect(stepper().getByLabelText(label)).toHaveAccessibleDescription(/Write the decimal with a point/);
    }
    // Fixing one leaves the other's hint in place.
    type("HER2/CEP17 ratio", "2.1");
    expect(screen.queryByTestId("error-ratio")).toBeNull();
    expect(screen.getByTestId("error-copies")).toHaveTextContent("as in 4.5.");
  });

  it("keeps the case in the URL with the API's parameter names", () => {
    renderFlow();
    answerCase("ihc=2+, ratio=2.5, copies=5.1");
    expect(window.location.search).toBe("?ihc=2%2B&ratio=2.5&copies=5.1");
    expect(screen.getByRole("link", { name: "Link to this case" })).toHaveAttribute("href", "/testing?ihc=2%2B&ratio=2.5&copies=5.1");
    expect(node("status-positive")).toHaveAttribute("aria-current", "step");
  });
});
