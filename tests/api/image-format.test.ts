// @vitest-environment node
// An image's format is its file's extension: `format` is no parameter of an image route, whatever its value.
import { describe, expect, it } from "vitest";
import { GET as getCard } from "@/app/api/cards/[file]/route";
import { GET as getChart } from "@/app/api/charts/[file]/route";
import { imageGetter } from "./image-request";

const routes = { charts: imageGetter(getChart, "charts"), cards: imageGetter(getCard, "cards") };

describe("format on an image route", () => {
  it.each([
    ["cards", "data.png", "format=json"],
    ["cards", "data.png", "format=csv"],
    ["charts", "survival.svg", "format=json"],
    ["charts", "survival.png", "format=csv"],
    ["charts", "testing.svg", "ihc=3%2B&format=json"],
    ["charts", "outcomes.svg", "format=json"],
  ] as const)("/api/%s/%s?%s is a 400 naming format, and lists only parameters the route takes", async (folder, file, query) => {
    const response = await routes[folder](file, `?${query}`);
    expect(response.status).toBe(400);
    const { error } = (await response.json()) as { error: { parameter: string; message: string; allowed?: string[] } };
    expect(error.parameter).toBe("format");
    expect(error.message).toMatch(/extension/);
    expect(error.allowed ?? []).not.toContain("format");
  });

  it("an unknown parameter's list of the route's parameters does not offer format", async () => {
    for (const response of [await routes.cards("data.png", "?bogus=1"), await routes.charts("survival.svg", "?bogus=1")]) {
      const { error } = (await response.json()) as { error: { parameter: string; allowed: string[] } };
      expect(error.parameter).toBe("bogus");
      expect(error.allowed).toContain("theme");
      expect(error.allowed).not.toContain("format");
    }
  });
});
