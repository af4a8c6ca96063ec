import { describe, expect, it } from "vitest";
import { toCsv } from "@/lib/csv/format";

describe("toCsv (RFC 4180)", () => {
  it("quotes fields with commas, quotes and line breaks, and ends lines with CRLF", () => {
    const csv = toCsv(
      [
        { a: 'He said "hi", then left', b: 1.5, c: null },
        { a: "line\nbreak", b: 0, c: true },
      ],
      ["a", "b", "c"],
    );
    expect(csv).toBe('a,b,c\r\n"He said ""hi"", then left",1.5,\r\n"line\nbreak",0,true\r\n');
  });
  it("writes just the header for no rows", () => {
    expect(toCsv([], ["x", "y"])).toBe("x,y\r\n");
  });
});
