import { act, fireEvent, render, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { ApprovalTimeline } from "@/components/treatments/ApprovalTimeline";
import { approvalsShown, survivalBands } from "@/lib/charts/therapies";
import { TREATMENTS_DEFAULTS } from "@/lib/charts/therapies-state";
import { POPULATION_STYLES } from "@/lib/charts/therapy-style";
import { datasets } from "@/lib/datasets";
import { shownSurvival } from "@/lib/datasets/queries";
import { DRUG_CLASSES } from "@/lib/datasets/therapy-dimensions";

const approvals = approvalsShown(datasets.therapies, TREATMENTS_DEFAULTS);
const bands = survivalBands(shownSurvival(datasets.survival));

function setup() {
  render(<ApprovalTimeline title="Approvals" summary="A summary" approvals={approvals} classes={DRUG_CLASSES} bands={bands} />);
  return { marks: screen.getAllByTestId("approval-mark"), bandMarks: screen.getAllByTestId("survival-band") };
}

describe("ApprovalTimeline", () => {
  it("draws one labelled mark per approval, oldest first, at percentage x positions", () => {
    const { marks } = setup();
    expect(marks.map((m) => m.getAttribute("data-id"))).toEqual(approvals.map((row) => row.id));
    expect(marks[0]).toHaveTextContent("Herceptin");
    expect(marks.find((m) => m.getAttribute("data-id") === "approval-2025-12-15-enhertu-17")).toHaveTextContent("Enhertu + Perjeta");
    for (const mark of marks) expect(mark.querySelector("svg")?.getAttribute("x")).toMatch(/^\d+(\.\d+)?%$/);
    expect(document.querySelector("svg")?.getAttribute("width")).toBe("100%");
  });

  it("labels each mark with its HER2 populations in words, under the brand, not by colour alone", () => {
    const { marks } = setup();
    const population = (id: string) => within(marks.find((m) => m.getAttribute("data-id") === id)!).getByTestId("mark-population").textContent;
    expect(population("approval-2025-01-27-enhertu-16")).toBe("HER2-low & -ultralow");
    expect(population("approval-2025-12-15-enhertu-17")).toBe("HER2+ metastatic");
    expect(marks.map((m) => within(m).getByTestId("mark-population").textContent)).not.toContain("");
  });

  it("shapes each mark by the HER2 populations it covers and rings the accelerated approvals", () => {
    const { marks } = setup();
    const enhertu2025 = marks.find((m) => m.getAttribute("data-id") === "approval-2025-01-27-enhertu-16")!;
    expect([...enhertu2025.querySelectorAll("[data-population]")].map((g) => g.getAttribute("data-population"))).toEqual(["her2-low", "her2-ultralow"]);
    // MarkerShape draws a triangle and a diamond as paths: the shape, not the colour, tells them apart.
    expect(enhertu2025.querySelectorAll("path")).toHaveLength(2);
    expect(POPULATION_STYLES["her2-low"].marker).toBe("triangle");
    expect(screen.getAllByTestId("accelerated-ring").map((ring) => ring.closest("[data-id]")?.getAttribute("data-id"))).toEqual([
      "approval-2013-09-30-perjeta-7",
      "approval-2019-12-20-enhertu-13",
    ]);
  });

  it("draws a lane per class and a labelled band per survival period, all on one chart", () => {
    const { bandMarks } = setup();
    expect(screen.getAllByTestId("timeline-lane").map((lane) => lane.getAttribute("data-class"))).toEqual([...DRUG_CLASSES]);
    expect(bandMarks.map((b) => b.textContent)).toEqual(["4-year, 2010–2013", "5-year, 2013–2019"]);
    const svg = screen.getByRole("graphics-document");
    expect(within(svg).getByText("Approvals").tagName).toBe("title");
  });

  it("is explored with the keyboard: one Tab stop, arrows through the approvals in time, then the bands", () => {
    const { marks, bandMarks } = setup();
    const focusable = [...marks, ...bandMarks];
    expect(focusable.filter((m) => m.getAttribute("tabindex") === "0")).toEqual([marks[0]]);
    act(() => marks[0]!.focus());
    expect(screen.getByTestId("tooltip")).toHaveTextContent("Herceptin (trastuzumab), 25 Sep 1998: HER2-positive, metastatic.");
    fireEvent.keyDown(marks[0]!, { key: "ArrowRight" });
    expect(document.activeElement).toBe(marks[1]);
    expect(marks[1]).toHaveAccessibleName(/^Herceptin \(trastuzumab\), 16 Nov 2006/);
    fireEvent.keyDown(marks[1]!, { key: "End" });
    expect(document.activeElement).toBe(bandMarks.at(-1));
    expect(screen.getByTestId("tooltip")).toHaveTextContent("5-year relative survival: people diagnosed 2013–2019. By the end of 2019");
    fireEvent.keyDown(bandMarks.at(-1)!, { key: "Escape" });
    expect(screen.queryByTestId("tooltip")).toBeNull();
    fireEvent.keyDown(bandMarks.at(-1)!, { key: "Home" });
    expect(document.activeElement).toBe(marks[0]);
  });

  it("names every mark for assistive tech with its full description", () => {
    const { marks } = setup();
    expect(marks.find((m) => m.getAttribute("data-id") === "approval-2025-01-27-enhertu-16")).toHaveAttribute(
      "aria-label",
      "Enhertu (fam-trastuzumab deruxtecan, T-DXd), 27 Jan 2025: HER2-low and HER2-ultralow (HR-positive only; requires an FDA-approved test). Pivotal trial: DESTINY-Breast06.",
    );
  });
});
