import { fireEvent, render, screen } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { RadioGroup } from "@/components/layout/RadioGroup";

describe("RadioGroup", () => {
  it("checks the selected value, names its inputs for the GET form and reports the next choice", () => {
    const onChange = vi.fn();
    render(<RadioGroup legend="Size" name="size" values={["s", "m"]} label={(value) => `Size ${value}`} selected="m" onChange={onChange} />);
    expect(screen.getByRole("group", { name: "Size" })).toBeInTheDocument();
    expect(screen.getByRole("radio", { name: "Size m" })).toBeChecked();
    expect(screen.getByRole("radio", { name: "Size s" })).toHaveAttribute("name", "size");
    expect(screen.getByRole("radio", { name: "Size s" })).toHaveAttribute("value", "s");
    fireEvent.click(screen.getByRole("radio", { name: "Size s" }));
    expect(onChange).toHaveBeenCalledWith("s");
  });
});
