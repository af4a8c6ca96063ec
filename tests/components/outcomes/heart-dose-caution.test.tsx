/**
 * A heart dose above the reference's cases (0–8 Gy) is allowed but never checked: /outcomes cautions
 * beside the field, linked to it like an error, and beside the result, which it still shows.
 */
import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import OutcomesPage from "@/app/(site)/outcomes/page";

const PATIENT = "age=52&screen=1&size=22&grade=2&nodes=1&er=1&pr=1&her2=1&ki67=9&generation=3&horm=1&traz=1&bis=0&radio=1&smoker=0";

async function renderPage(query: string) {
  return render(await OutcomesPage({ searchParams: Promise.resolve(Object.fromEntries(new URLSearchParams(query))) }));
}

const CAUTION = "99 Gy is above the doses the model’s results were checked at (0–8 Gy): check the value.";

describe("/outcomes with a heart dose above the reference's cases", () => {
  it("cautions beside the heart-dose field, described by it, and the field is not marked wrong", async () => {
    await renderPage(`${PATIENT}&heartGy=99`);
    const field = screen.getByLabelText("Radiation dose to the heart");
    const caution = screen.getByTestId("caution-heartGy");
    expect(caution).toHaveTextContent(CAUTION);
    expect(field.getAttribute("aria-describedby")?.split(" ")).toContain(caution.id);
    expect(field).not.toHaveAttribute("aria-invalid");
    expect(screen.queryByTestId("form-errors")).toBeNull();
  });

  it("still shows the result, with the same caution in a note beside it", async () => {
    await renderPage(`${PATIENT}&heartGy=99`);
    expect(screen.getByTestId("patient-summary")).toBeInTheDocument();
    expect(screen.getByTestId("input-cautions")).toHaveTextContent(`Radiation dose to the heart: ${CAUTION}`);
  });

  it("says nothing at 8 Gy, the highest reference dose", async () => {
    await renderPage(`${PATIENT}&heartGy=8`);
    expect(screen.getByTestId("patient-summary")).toBeInTheDocument();
    expect(screen.queryByTestId("caution-heartGy")).toBeNull();
    expect(screen.queryByTestId("input-cautions")).toBeNull();
    expect(screen.getByLabelText("Radiation dose to the heart").getAttribute("aria-describedby")).toBe("predict-heartGy-hint");
  });

  it("shows the error, not the caution, where the dose is wrong, and the caution on a form that has other errors", async () => {
    await renderPage(`${PATIENT.replace("radio=1", "radio=0")}&heartGy=99`);
    expect(screen.getByTestId("error-heartGy")).toBeInTheDocument();
    expect(screen.queryByTestId("caution-heartGy")).toBeNull();
    await renderPage(`${PATIENT.replace("age=52", "age=9")}&heartGy=99`);
    expect(screen.getByTestId("error-age")).toBeInTheDocument();
    expect(screen.getByTestId("caution-heartGy")).toHaveTextContent(CAUTION);
  });
});
