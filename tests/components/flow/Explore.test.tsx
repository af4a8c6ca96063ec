import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { renderToString } from "react-dom/server";
import { afterEach, describe, expect, it, vi } from "vitest";
import { TestingView } from "@/components/flow/TestingView";
import { draftFromSearchParams, EMPTY_DRAFT } from "@/lib/her2/case-draft";
import { workedExamples } from "@/lib/her2/explore";
import { nodeById, outcomeNodes } from "@/lib/her2/graph";
import { flowRouter, node, renderFlow, stepper } from "./helpers";

vi.mock("next/navigation", () => ({ useRouter: () => flowRouter }));

afterEach(() => window.history.replaceState(null, "", "/"));

/** The open card: its code loads on the first exploring, a module import that can outlast findBy's 1 s default on two busy cores. */
function exploreCard() {
  return within(screen.getByTestId("flow-wide")).findByTestId("explore-card", {}, { timeout: 10_000 });
}

describe("explore an outcome", () => {
  it("clicking an outcome box lists the routes that end there and highlights them", async () => {
    renderFlow();
    fireEvent.click(node("pending-recount"));
    const card = await exploreCard();
    expect(within(card).getByRole("heading")).toHaveTextContent("Ways to reach “Recount by a second, blinded observer needed”");
    expect(card).toHaveTextContent("3 routes through the algorithm end here.");
    expect(card).toHaveTextContent("IHC first → 2+ → dual-probe → ratio < 2.0 → 4.0–<6.0 → IHC 2+ → not yet");
    expect(node("pending-recount")).toHaveAttribute("aria-expanded", "true");
    expect(screen.getByTestId("flow-wide").querySelector('[data-edge="g3-recount>pending-recount"]')).toHaveAttribute("data-explored", "true");
  });

  it("Enter on a focused outcome box explores it, arrows move between outcomes, Esc closes and keeps focus", async () => {
    renderFlow();
    const outcomes = [...screen.getByTestId("flow-wide").querySelectorAll<SVGGElement>('[role="button"]')];
    expect(outcomes.map((element) => element.getAttribute("data-node")).sort()).toEqual(outcomeNodes.map((n) => n.id).sort());
    expect(outcomes.filter((element) => element.getAttribute("tabindex") === "0")).toHaveLength(1);
    const first = outcomes.find((element) => element.getAttribute("tabindex") === "0") as SVGGElement;
    act(() => first.focus());
    fireEvent.keyDown(first, { key: "ArrowRight" });
    const second = document.activeElement as SVGGElement;
    expect(second).not.toBe(first);
    expect(second.getAttribute("role")).toBe("button");
    fireEvent.keyDown(second, { key: "Enter" });
    const outcome = second.getAttribute("data-node") as Parameters<typeof nodeById>[0];
    expect(await exploreCard()).toHaveTextContent(nodeById(outcome).label);
    fireEvent.keyDown(second, { key: "Escape" });
    expect(within(screen.getByTestId("flow-wide")).queryByTestId("explore-card")).toBeNull();
    expect(document.activeElement).toBe(second);
  });

  it("“Try this case” loads a route's example into the stepper, and its path lights up", async () => {
    renderFlow();
    fireEvent.click(node("cat-ihc-unknown"));
    const card = await exploreCard();
    fireEvent.click(within(card).getAllByRole("button", { name: /Try this case/ })[0] as HTMLElement);
    expect(stepper().getByLabelText("Not done")).toBeChecked();
    expect(stepper().getByLabelText("HER2/CEP17 ratio")).toHaveValue("1.5");
    expect(node("cat-ihc-unknown")).toHaveAttribute("aria-current", "step");
    expect(screen.getByTestId("result-card")).toHaveAttribute("data-outcome", "ihc-unknown");
    fireEvent.click(within(card).getByRole("button", { name: "Close" }));
    expect(within(screen.getByTestId("flow-wide")).queryByTestId("explore-card")).toBeNull();
    expect(document.activeElement).toBe(node("cat-ihc-unknown"));
  });
});

describe("presenter mode", () => {
  it("steps through one worked example per outcome with the arrow keys, and Esc leaves", async () => {
    renderFlow();
    const button = screen.getByRole("button", { name: "Presenter mode" });
    fireEvent.click(button);
    // Its code loads on the first click: a module import that can outlast findBy's 1 s default while the whole suite runs on two cores.
    const dialog = await screen.findByRole("dialog", {}, { timeout: 10_000 });
    const examples = workedExamples();
    expect(examples).toHaveLength(outcomeNodes.length);
    // Focus moves in with the dialog's effect, which may run just after the lazily loaded dialog appears.
    await waitFor(() => expect(dialog).toHaveFocus(), { timeout: 10_000 });
    expect(dialog).toHaveTextContent(`Worked example 1 of ${examples.length}`);
    const heading = () => dialog.querySelector("#presenter-heading");
    expect(heading()).toHaveTextContent(nodeById(examples[0]!.outcome).label);

    fireEvent.keyDown(dialog, { key: "ArrowRight" });
    expect(dialog).toHaveTextContent(`Worked example 2 of ${examples.length}`);
    expect(heading()).toHaveTextContent(nodeById(examples[1]!.outcome).label);
    const current = dialog.querySelector('[aria-current="step"]');
    expect(current?.getAttribute("data-node")).toBe(examples[1]!.outcome);

    fireEvent.keyDown(dialog, { key: "ArrowLeft" });
    fireEvent.keyDown(dialog, { key: "ArrowLeft" });
    expect(dialog).toHaveTextContent(`Worked example ${examples.length} of ${examples.length}`);
    fireEvent.click(within(dialog).getByRole("button", { name: "Next →" }));
    expect(dialog).toHaveTextContent(`Worked example 1 of ${examples.length}`);
    // Modal: everything else on the page is inert while it is open.
    const rest = [...document.body.children].filter((element) => !element.contains(dialog));
    expect(rest.length).toBeGreaterThan(0);
    expect(rest.every((element) => element.hasAttribute("inert"))).toBe(true);

    fireEvent.keyDown(dialog, { key: "Escape" });
    expect(screen.queryByRole("dialog")).toBeNull();
    expect(document.body.querySelector("[inert]")).toBeNull();
    await waitFor(() => expect(button).toHaveFocus());
  });
});

describe("without JavaScript", () => {
  it("the server HTML is a GET form with a submit button, the diagram and the result for the URL's case", () => {
    const { draft } = draftFromSearchParams({ ihc: "2+", ratio: "2.5", copies: "5.1" });
    const html = renderToString(<TestingView draft={draft} />);
    const page = new DOMParser().parseFromString(html, "text/html");
    const form = page.querySelector("form[data-testid=stepper]");
    expect(form?.getAttribute("method")).toBe("get");
    expect(form?.getAttribute("action")).toBe("/testing");
    expect(form?.querySelector('button[type="submit"]')?.textContent).toBe("Show the result");
    expect(page.querySelector("[data-testid=result-card] h2")?.textContent).toBe("HER2-positive");
    expect(page.querySelector('[data-testid=flow-wide] [aria-current="step"]')?.getAttribute("data-node")).toBe("status-positive");
    expect(page.querySelectorAll("[data-testid=flow-tall] [data-node]")).toHaveLength(37);
    expect((page.querySelector('input[name="ratio"]') as HTMLInputElement | null)?.value).toBe("2.5");
  });

  it("the submit button goes once the page is hydrated", () => {
    renderFlow(EMPTY_DRAFT);
    expect(screen.queryByRole("button", { name: "Show the result" })).toBeNull();
  });
});
