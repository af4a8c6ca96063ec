import { render, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import SubtypePage, { dynamicParams, generateMetadata, generateStaticParams } from "@/app/(site)/subtypes/[id]/page";
import { datasets } from "@/lib/datasets";
import { approvalsForSubtype } from "@/lib/datasets/therapies";
import { formatFigure } from "@/lib/format";
import { PAGE_TEXT } from "@/lib/pages";
import { subtypeFigures } from "@/lib/subtype-page/figures";
import { testingRoutesFor } from "@/lib/subtype-page/testing";
import { SUBTYPE_IDS, SUBTYPES, type SubtypeId, subtypePath } from "@/lib/subtypes";

async function renderPage(id: string) {
  render(await SubtypePage({ params: Promise.resolve({ id }) }));
}

/** The dataset's rows for a subtype, looked up here by their fields, not through the page's own queries. */
function datasetRows(id: SubtypeId) {
  const survival = (measure: string, stage: string) => datasets.survival.filter((row) => row.subtype === id && row.measure === measure && row.stage === stage);
  const share = datasets.prevalence.find(
    (row) => row.subtype === id && row.measure === "percent-of-cases" && row.period === "2017-2021" && row.denominator === "all-cases",
  );
  return { fourYear: survival("four-year-cause-specific", "all")[0]!, share: share!, survival };
}

describe("a subtype's page", () => {
  it.each(SUBTYPE_IDS)(
    "%s: answer first — the h1 names it, then four-year survival from the dataset, then its share with definition, population and years",
    async (id) => {
      await renderPage(id);
      const rows = datasetRows(id);
      const h1 = screen.getByRole("heading", { level: 1 });
      expect(h1).toHaveTextContent(`${SUBTYPES[id].label} breast cancer`);
      expect(h1).toHaveTextContent(SUBTYPES[id].plainName);
      expect(screen.getByTestId("four-year-figure")).toHaveTextContent(formatFigure(rows.fourYear));
      expect(screen.getByTestId("four-year-answer")).toHaveTextContent(/had not died of breast cancer four years after diagnosis \(diagnosed 2010–2013\)/);
      expect(screen.getByTestId("share-figure")).toHaveTextContent(formatFigure(rows.share));
      expect(screen.getByTestId("share-answer")).toHaveTextContent("diagnosed in 2017–2021");
      expect(screen.getByTestId("share-definition")).toHaveTextContent(`${rows.share.definition} ${rows.share.population}.`);
      // Read in this order: the answer, then the share.
      const answer = screen.getByTestId("four-year-answer");
      expect(answer.compareDocumentPosition(screen.getByTestId("share-answer")) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    },
  );

  it("HR−/HER2+ shows 82.7% and 4.0%, as the issue names them", async () => {
    await renderPage("hr-neg-her2-pos");
    expect(screen.getByTestId("four-year-figure")).toHaveTextContent("82.7%");
    expect(screen.getByTestId("share-figure")).toHaveTextContent("4.0%");
  });

  it.each(SUBTYPE_IDS)("%s: what it is, in the dataset's words", async (id) => {
    await renderPage(id);
    const description = datasets.subtypes.subtypes.find((d) => d.id === id)!.description;
    const section = screen.getByRole("region", { name: "What it is" });
    expect(section).toHaveTextContent(description);
  });

  it.each(SUBTYPE_IDS)("%s: survival by stage, every figure from the dataset and each gap as not available with its reason", async (id) => {
    await renderPage(id);
    const rows = datasetRows(id);
    const fiveYear = within(screen.getByTestId("five-year-by-stage")).getByRole("table");
    for (const stage of ["all", "localized", "regional", "distant"]) {
      const row = rows.survival("five-year-relative", stage).find((r) => r.period === "2013-2019")!;
      expect(fiveYear).toHaveTextContent(formatFigure(row));
    }
    const fourYear = screen.getByTestId("four-year-by-stage");
    const stageIv = rows.survival("four-year-cause-specific", "stage-iv")[0]!;
    if (stageIv.value === null) {
      expect(within(fourYear).getByRole("table")).toHaveTextContent("Not available");
      expect(within(fourYear).getByRole("table")).toHaveTextContent(stageIv.unavailableReason!);
      expect(within(fourYear).getAllByText(new RegExp(`not available\\. ${stageIv.unavailableReason!.slice(0, 30)}`)).length).toBeGreaterThan(0);
    } else {
      expect(within(fourYear).getByRole("table")).toHaveTextContent(formatFigure(stageIv));
    }
  });

  it.each(SUBTYPE_IDS)("%s: how testing finds it links into /testing with the case entered", async (id) => {
    await renderPage(id);
    const links = within(screen.getByTestId("testing-routes")).getAllByRole("link");
    expect(links.map((a) => a.getAttribute("href"))).toEqual(testingRoutesFor(id).map((route) => route.href));
    expect(links.every((a) => a.getAttribute("href")!.startsWith("/testing?"))).toBe(true);
  });

  it.each(SUBTYPE_IDS)("%s: lists every approval that covers it, and links to the treatments timeline filtered to them", async (id) => {
    await renderPage(id);
    const { covering } = approvalsForSubtype(id, datasets.therapies);
    const items = within(screen.getByTestId("approval-list")).getAllByRole("listitem");
    expect(items).toHaveLength(covering.length);
    for (const [i, row] of covering.entries()) expect(items[i]).toHaveTextContent(row.indication);
    const timeline = screen.getByRole("link", { name: /on the treatments timeline/ });
    expect(timeline.getAttribute("href")).toMatch(/^\/treatments\?population=/);
  });

  it.each(SUBTYPE_IDS)("%s: says beside the count which approvals the list leaves out (the three without a confirmed date)", async (id) => {
    await renderPage(id);
    const leftOut = screen.getByTestId("approvals-left-out");
    expect(leftOut).toHaveTextContent(datasets.therapiesAsOf.excluded);
    expect(leftOut).toHaveTextContent("lapatinib with letrozole, 2010");
    expect(screen.getByTestId("approvals-answer").nextElementSibling).toBe(leftOut);
  });

  it("triple-negative says which HER2-low approval is not for it, and why", async () => {
    await renderPage("hr-neg-her2-neg");
    expect(screen.getByTestId("other-hr-approval")).toHaveTextContent(
      "Not for this subtype: Enhertu (fam-trastuzumab deruxtecan, T-DXd), 27 Jan 2025 (HR-positive only",
    );
  });

  it.each(SUBTYPE_IDS)("%s: one citation block at the end; every one-line source links into it, and every entry is cited", async (id) => {
    const { container } = render(await SubtypePage({ params: Promise.resolve({ id }) }));
    const block = screen.getByTestId("page-sources");
    expect(block.tagName).toBe("DETAILS");
    expect(container.querySelector("article")!.lastElementChild).toBe(block);
    const entries = within(block)
      .getAllByRole("listitem")
      .map((li) => li.id);
    const targets = [...container.querySelectorAll<HTMLAnchorElement>("a[href^='#source-']")].map((a) => a.getAttribute("href")!.slice(1));
    expect(new Set(targets)).toEqual(new Set(entries));
    const figures = subtypeFigures(id, datasets);
    for (const row of [figures.fourYear, figures.share!]) expect(entries).toContain(`source-${row.sourceId}`);
  });

  it("an id that is not one of the four is the site's 404, never a page", async () => {
    expect(dynamicParams).toBe(false);
    expect(generateStaticParams()).toEqual(SUBTYPE_IDS.map((id) => ({ id })));
    for (const id of ["unknown", "her2-positive", "HR-NEG-HER2-POS", ""]) {
      await expect(SubtypePage({ params: Promise.resolve({ id }) })).rejects.toMatchObject({ digest: expect.stringMatching(/404/) });
      await expect(generateMetadata({ params: Promise.resolve({ id }) })).rejects.toMatchObject({ digest: expect.stringMatching(/404/) });
    }
  });

  it.each(SUBTYPE_IDS)("%s: its own title, description and social card", async (id) => {
    const metadata = await generateMetadata({ params: Promise.resolve({ id }) });
    const text = PAGE_TEXT[subtypePath(id)];
    expect(metadata.title).toBe(text.title);
    expect(metadata.description).toBe(text.description);
    expect(metadata.openGraph).toMatchObject({ url: subtypePath(id), images: [expect.objectContaining({ url: `/api/cards/subtype-${id}.png` })] });
  });
});

describe("a subtype page's testing facts", () => {
  const fact = (term: string) =>
    [...document.querySelectorAll("[aria-labelledby=testing-heading] .subtype-facts dt")].find((dt) => dt.textContent === term)?.nextElementSibling
      ?.textContent ?? "";

  it("on a negative subtype's page, say that its status is the opposite of the positive one defined next", async () => {
    await renderPage("hr-neg-her2-neg");
    expect(fact("Hormone receptors (ER and PR)")).toMatch(/^ER− and PR− for this subtype, the opposite of HR\+\. HR\+ means/);
    expect(fact("HER2")).toMatch(/^HER2-negative for this subtype, the opposite of HER2\+\. HER2\+ means/);
  });

  it("on a positive subtype's page, define the status it has", async () => {
    await renderPage("hr-pos-her2-pos");
    expect(fact("Hormone receptors (ER and PR)")).toMatch(/^ER\+ and\/or PR\+ for this subtype\. HR\+ means/);
    expect(fact("HER2")).toMatch(/^HER2-positive for this subtype\. HER2\+ means/);
  });
});
