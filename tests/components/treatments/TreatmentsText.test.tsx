import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { DrugClassesExplained } from "@/components/treatments/DrugClassesExplained";
import { ReadingApprovals } from "@/components/treatments/ReadingApprovals";
import { datasets } from "@/lib/datasets";
import { DRUG_CLASS_LABELS } from "@/lib/datasets/therapy-dimensions";

describe("the text around the timeline", () => {
  it("explains each drug class in plain words and names the drugs the list holds", () => {
    render(<DrugClassesExplained rows={datasets.therapies} />);
    const section = screen.getByTestId("drug-classes");
    for (const { label, plain } of Object.values(DRUG_CLASS_LABELS)) {
      expect(section).toHaveTextContent(label);
      expect(section).toHaveTextContent(plain);
    }
    expect(section).toHaveTextContent("In this list: Tykerb (lapatinib); Nerlynx (neratinib); Tukysa (tucatinib).");
    expect(section).toHaveTextContent("Kadcyla (ado-trastuzumab emtansine, T-DM1); Enhertu (fam-trastuzumab deruxtecan, T-DXd)");
  });

  it("gives the caveats readers need: not advice, not availability, a summary of the label, the accelerated approvals, the date and what is left out", () => {
    render(<ReadingApprovals rows={datasets.therapies} asOf={datasets.therapiesAsOf} />);
    const caveats = screen.getByTestId("approval-caveats");
    expect(caveats).toHaveTextContent("Educational, not advice.");
    expect(caveats).toHaveTextContent("An approval is not availability.");
    expect(caveats).toHaveTextContent("see the full prescribing information");
    expect(caveats).toHaveTextContent("Perjeta, 30 Sep 2013: Accelerated approval based on pathologic complete response");
    expect(caveats).toHaveTextContent("Enhertu, 20 Dec 2019: Accelerated approval;");
    expect(caveats).toHaveTextContent(`As of 15 May 2026. ${datasets.therapiesAsOf.note}`);
    expect(caveats).toHaveTextContent(datasets.therapiesAsOf.excluded);
  });
});
