import { fireEvent, render, screen } from "@testing-library/react";
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

describe("CheckboxGroup", () => {
  it("reports the next selection and names its inputs for the GET form", () => {
    const onChange = vi.fn();
    render(<CheckboxGroup legend="Pick" name="things" options={[{ value: "a", label: "A" }, { value: "b", label: "B" }]} selected={["b"]} onChange={onChange} />);
    expect(screen.getByRole("group", { name: "Pick" })).toBeInTheDocument();
    expect(screen.getByLabelText("B")).toHaveAttribute("name", "things");
    fireEvent.click(screen.getByLabelText("A"));
    expect(onChange).toHaveBeenCalledWith(["a", "b"]);
  });
});
