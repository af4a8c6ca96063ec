import { render } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { CodeList, CommaList } from "@/components/layout/CommaList";

describe("CommaList", () => {
  it("joins the items with commas, none before the first", () => {
    const { container } = render(
      <p>
        <CommaList
          items={[
            { id: "x", n: 1 },
            { id: "y", n: 2 },
          ]}
          keyOf={({ id }) => id}
          render={({ n }) => <a href={`#${n}`}>[{n}]</a>}
        />
      </p>,
    );
    expect(container.textContent).toBe("[1], [2]");
    expect(container.querySelectorAll("a")).toHaveLength(2);
  });

  it("shows values as code", () => {
    const { container } = render(
      <p>
        <CodeList values={["subtype", "stage", "period"]} />
      </p>,
    );
    expect(container.textContent).toBe("subtype, stage, period");
    expect([...container.querySelectorAll("code")].map((code) => code.textContent)).toEqual(["subtype", "stage", "period"]);
  });

  it("is empty for no items", () => {
    const { container } = render(
      <p>
        <CodeList values={[]} />
      </p>,
    );
    expect(container.textContent).toBe("");
  });
});
