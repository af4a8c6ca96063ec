import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { SurvivalQuestion } from "@/components/survival/SurvivalQuestion";

describe("the survival page's question", () => {
  it("asks the four-year question beside the four-year chart", () => {
    render(<SurvivalQuestion measure="four-year-cause-specific" />);
    expect(screen.getByTestId("survival-question")).toHaveTextContent(
      "How many people had not died of breast cancer four years after diagnosis, by hormone-receptor (HR) and HER2 status?",
    );
  });

  it("asks about five-year relative survival, and never four years, beside the five-year chart", () => {
    render(<SurvivalQuestion measure="five-year-relative" />);
    const question = screen.getByTestId("survival-question");
    expect(question).toHaveTextContent("survival five years after diagnosis, compared with people of the same age, race and sex who do not have cancer");
    expect(question).toHaveTextContent("by stage?");
    expect(question).not.toHaveTextContent("four years");
  });
});
