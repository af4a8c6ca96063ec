import { render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import DataPage from "@/app/(site)/data/page";

describe("the data page", () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it("gives API examples a reader can paste as they are: on the public origin", () => {
    vi.stubEnv("SITE_URL", "https://her2.example.org");
    render(<DataPage />);
    const examples = screen.getByRole("region", { name: "Examples" }).textContent ?? "";
    expect(examples).toContain("curl 'https://her2.example.org/api/survival?subtype=hr-neg-her2-pos,hr-neg-her2-neg");
    expect(examples).toContain("curl -OJ 'https://her2.example.org/api/survival?stage=distant&format=csv'");
    expect(examples).not.toContain("<host>");
  });

  it("defines each field of each dataset beside its name, with the kind of value it holds", () => {
    render(<DataPage />);
    const survival = screen.getByRole("region", { name: "survival" });
    const definition = (name: string) => within(survival).getByText(name, { selector: "dt code" }).closest("div")?.textContent;
    expect(definition("periodKind")).toContain("code, optional");
    expect(definition("periodKind")).toContain("diagnosis, the years the cases were diagnosed");
    expect(definition("value")).toContain("number or null");
    for (const dataset of ["subtypes", "prevalence", "survival", "therapies", "trials"]) {
      const terms = within(screen.getByRole("region", { name: dataset })).getAllByRole("term");
      const hint = within(screen.getByRole("region", { name: dataset })).getByText(/\d+ fields/).textContent;
      expect(hint).toContain(`${terms.length} fields`);
    }
  });
});
