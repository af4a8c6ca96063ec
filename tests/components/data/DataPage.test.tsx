import { render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import DataPage from "@/app/(site)/data/page";
import { API_ROUTES } from "@/lib/api/routes";

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
});

describe("the data page's other routes", () => {
  it("describes every route beside the datasets (trials, PREDICT, the HER2 classifier, images, oEmbed), each with its example and parameters", () => {
    render(<DataPage />);
    const section = screen.getByRole("region", { name: "Other routes" });
    for (const route of API_ROUTES) {
      expect(section).toHaveTextContent(route.path);
      expect(section).toHaveTextContent(route.summary);
      expect(
        within(section)
          .getAllByRole("link")
          .map((link) => link.getAttribute("href")),
      ).toContain(route.example);
      for (const parameter of route.parameters) expect(section).toHaveTextContent(parameter.description);
    }
  });
});
