import { render, screen } from "@testing-library/react";
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
});
