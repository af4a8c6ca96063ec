import { render } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import PrevalencePage from "@/app/(site)/prevalence/page";

vi.mock("next/navigation", () => ({
  useRouter: () => ({ replace: vi.fn(), push: vi.fn(), refresh: vi.fn(), prefetch: vi.fn() }),
  usePathname: () => "/prevalence",
  useSearchParams: () => new URLSearchParams(),
}));

describe("/prevalence's sources", () => {
  it("describe only figures its charts show: not the API's incidence trends or stage rates", async () => {
    const { container } = render(await PrevalencePage({ searchParams: Promise.resolve({}) }));
    const sources = container.querySelector("#sources");
    expect(sources).not.toBeNull();
    expect(sources).toHaveTextContent("Median age at diagnosis");
    expect(sources).not.toHaveTextContent("Average annual percent change");
    expect(sources).not.toHaveTextContent("Observed (not delay-adjusted) rate");
  });
});
