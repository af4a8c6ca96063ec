import { cleanup, render, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { ResultCard } from "@/components/flow/ResultCard";
import { datasets } from "@/lib/datasets";
import { classifyHer2, parseHer2Fields } from "@/lib/her2";

function classified(fields: Record<string, string>) {
  const parsed = parseHer2Fields(fields);
  if (!parsed.ok) throw new Error(parsed.error.message);
  return classifyHer2(parsed.input);
}

function renderResult(fields: Record<string, string>) {
  render(<ResultCard data={datasets} outcome={{ kind: "classified", classification: classified(fields) }} />);
  return screen.getByTestId("approved-classes");
}

describe("result card: drug classes from the therapies dataset", () => {
  it("HER2-positive lists all three classes with the caveat", () => {
    const section = renderResult({ ihc: "3+" });
    const items = within(section)
      .getAllByRole("listitem")
      .filter((li) => li.parentElement?.parentElement === section);
    expect(items.map((li) => li.querySelector("strong")?.textContent)).toEqual([
      "Monoclonal antibodies",
      "Antibody–drug conjugates",
      "Tyrosine kinase inhibitors",
    ]);
    expect(section).toHaveTextContent("not advice");
  });

  it("HER2-low lists only the antibody–drug conjugate approvals", () => {
    const section = renderResult({ ihc: "1+" });
    expect(section).toHaveTextContent("Antibody–drug conjugates: Enhertu");
    expect(section).not.toHaveTextContent("Monoclonal antibodies");
  });

  it("HER2-null says no approval in the list covers it", () => {
    const section = renderResult({ ihc: "0", ultralow: "false" });
    expect(section).toHaveTextContent("No HER2-targeted drug approval in our list covers this result.");
    expect(section).not.toHaveTextContent("It depends");
  });

  it("HER2-ultralow lists the antibody–drug conjugate approval, without the IHC 0 'it depends'", () => {
    const section = renderResult({ ihc: "0", ultralow: "true" });
    expect(section).toHaveTextContent("Antibody–drug conjugates: Enhertu");
    expect(section).not.toHaveTextContent("It depends");
    expect(section).not.toHaveTextContent("No HER2-targeted drug approval");
  });

  it("IHC 0 with faint staining not recorded: it depends on the staining, the report or pathologist can say, and each half is answered", () => {
    for (const fields of [{ ihc: "0" }, { ihc: "0", ratio: "1.2", copies: "2.4" }] as Record<string, string>[]) {
      const section = renderResult(fields);
      expect(section).toHaveTextContent(
        "It depends on whether faint staining was seen, which this result does not record; the pathology report, or the pathologist, can say.",
      );
      const paragraphs = [...section.querySelectorAll(":scope > p")].map((p) => p.textContent);
      // The ultralow half: its rule, the HR-positive after-endocrine-therapy condition, then the approvals that cover it.
      const ultralow = paragraphs.findIndex((text) =>
        text?.startsWith("If it was (HER2-ultralow: IHC 0 with faint, incomplete membrane staining in >0% to ≤10% of tumour cells)"),
      );
      expect(paragraphs[ultralow]).toContain(
        "for HR-positive, unresectable or metastatic disease that progressed on one or more endocrine therapies in the metastatic setting:",
      );
      const list = section.querySelector(":scope > ul");
      expect(list).toHaveTextContent("Antibody–drug conjugates: Enhertu");
      expect(list).not.toHaveTextContent("Monoclonal antibodies");
      expect(
        within(list as HTMLElement)
          .getAllByRole("listitem")
          .at(-1),
      ).toHaveTextContent("Enhertu (27 Jan 2025): HER2-low, HER2-ultralow");
      expect(paragraphs[ultralow + 1]).toBe("If no staining was seen at all (HER2-null), no HER2-targeted drug approval in our list covers it.");
      expect(section).not.toHaveTextContent("No HER2-targeted drug approval in our list covers this result.");
      cleanup();
    }
  });

  it("a pending result lists nothing yet", () => {
    const parsed = parseHer2Fields({ ihc: "2+" });
    if (!parsed.ok) throw new Error();
    render(<ResultCard data={datasets} outcome={{ kind: "classified", classification: classifyHer2(parsed.input) }} />);
    expect(screen.queryByTestId("approved-classes")).toBeNull();
  });
});

describe("result card: two at once (the page and presenter mode)", () => {
  it("gives each approved-classes heading its own id, and each section names its own heading", () => {
    render(
      <>
        <ResultCard data={datasets} outcome={{ kind: "classified", classification: classified({ ihc: "3+" }) }} />
        <ResultCard id="presenter" data={datasets} outcome={{ kind: "classified", classification: classified({ ihc: "1+" }) }} />
      </>,
    );
    const sections = screen.getAllByTestId("approved-classes");
    expect(sections).toHaveLength(2);
    const ids = sections.map((section) => section.getAttribute("aria-labelledby"));
    expect(ids[0]).toBeTruthy();
    expect(ids[0]).not.toBe(ids[1]);
    for (const [i, section] of sections.entries()) {
      expect(section.querySelector("h3")?.id).toBe(ids[i]);
      expect(document.querySelectorAll(`[id="${ids[i]}"]`)).toHaveLength(1);
    }
    expect(screen.getAllByRole("region", { name: "HER2-targeted drug classes with a US approval for this result" })).toHaveLength(2);
  });
});
