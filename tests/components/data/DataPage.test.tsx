import { render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import DataPage from "@/app/(site)/data/page";
import { apiIndex } from "@/lib/api/catalog";
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

  it("says which figures the pages add up themselves rather than serve (a share summed from two rows)", () => {
    render(<DataPage />);
    expect(document.querySelector(".lede")).toHaveTextContent("the few the pages add up themselves (a share summed from two of its rows) say so beside them");
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

  it("lists every other route of the API with what it answers, an example to open and each parameter", () => {
    render(<DataPage />);
    const routes = apiIndex(API_ROUTES).routes;
    expect(routes.map((route) => route.path)).toEqual(
      expect.arrayContaining(["/api/her2-status", "/api/predict", "/api/trials/{id}/survival", "/api/charts/{file}"]),
    );
    for (const route of routes) {
      const region = screen.getByRole("region", { name: route.path });
      expect(region.textContent).toContain(route.summary);
      expect(within(region).getByRole("link", { name: route.example }).getAttribute("href")).toBe(route.example);
      expect(
        within(region)
          .queryAllByRole("term")
          .map((term) => term.querySelector("code")?.textContent),
      ).toEqual(route.parameters.map((parameter) => parameter.name));
    }
    const predict = screen.getByRole("region", { name: "/api/predict" });
    expect(within(predict).getByText("age", { selector: "dt code" }).closest("div")?.textContent).toContain("required");
  });
});
