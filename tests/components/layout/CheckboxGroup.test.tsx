import { fireEvent, render, screen } from "@testing-library/react";
import { renderToString } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import { CheckboxGroup, toggleInOrder } from "@/components/layout/CheckboxGroup";

describe("toggleInOrder", () => {
  const order = ["a", "b", "c"] as const;
  it("adds in canonical order and removes", () => {
    expect(toggleInOrder(order, ["c"], "a", true)).toEqual(["a", "c"]);
    expect(toggleInOrder(order, ["a", "c"], "a", false)).toEqual(["c"]);
  });
  it("never empties the selection", () => {
    expect(toggleInOrder(order, ["b"], "b", false)).toEqual(["b"]);
  });
});

/** A group of two boxes, "A" and "B", named "things". */
const pick = (selected: string[], onChange: (next: string[]) => void) => (
  <CheckboxGroup legend="Pick" name="things" values={["a", "b"]} label={(value) => value.toUpperCase()} selected={selected} onChange={onChange} />
);

describe("CheckboxGroup", () => {
  it("reports the next selection and names its inputs for the GET form", () => {
    const onChange = vi.fn();
    render(pick(["b"], onChange));
    expect(screen.getByRole("group", { name: "Pick" })).toBeInTheDocument();
    expect(screen.getByLabelText("B")).toHaveAttribute("name", "things");
    fireEvent.click(screen.getByLabelText("A"));
    expect(onChange).toHaveBeenCalledWith(["a", "b"]);
  });
});

describe("CheckboxGroup: the last box left", () => {
  it("is disabled, with the reason beside it, instead of ignoring a click; a second box frees it", () => {
    const onChange = vi.fn();
    const { rerender } = render(pick(["b"], onChange));
    const last = screen.getByLabelText("B");
    expect(last).toBeDisabled();
    expect(last).toHaveAccessibleDescription("At least one stays selected: tick another to untick this one.");
    expect(screen.getByLabelText("A")).toBeEnabled();
    rerender(pick(["a", "b"], onChange));
    expect(screen.getByLabelText("B")).toBeEnabled();
    expect(screen.queryByText(/At least one stays selected/)).toBeNull();
  });

  it("is not disabled in the server HTML: without JavaScript a disabled box would drop out of the form", () => {
    const html = renderToString(pick(["a"], () => {}));
    expect(html).toContain("checked");
    expect(html).not.toContain("disabled");
  });
});
