import { describe, expect, it } from "vitest";
import { HER2_PARAMETERS, type Her2ParseResult, her2ValueErrors, parseHer2Fields, parseHer2Query, parseHer2QueryString } from "@/lib/her2";
import { paramsFrom } from "./helpers";
import { INVALID_CASES, VALID_CASES } from "./reference-cases";

/** Parse a raw query string the way the route handler receives it. */
function query(search: string): Her2ParseResult {
  return parseHer2QueryString(search);
}

function errorOf(result: Her2ParseResult) {
  if (result.ok) throw new Error("expected a rejection");
  return result.error;
}

describe("the 12 invalid cases of reference §4", () => {
  it.each(INVALID_CASES)("case %i, %s: %s → parameter %s", (_n, _name, inputs, parameter, message) => {
    const error = errorOf(parseHer2Query(paramsFrom(inputs)));
    expect(error.parameter).toBe(parameter);
    expect(error.message.toLowerCase()).toContain(message.toLowerCase());
  });

  it.each(INVALID_CASES)("case %i, %s: the object parser names the same parameter", (_n, _name, inputs, parameter) => {
    const fields = Object.fromEntries(paramsFrom(inputs));
    expect(errorOf(parseHer2Fields(fields)).parameter).toBe(parameter);
  });
});

describe("query and object parsers share one core", () => {
  it("reads every valid reference case to the same input either way", () => {
    for (const [, , inputs] of VALID_CASES) {
      const fromQuery = parseHer2Query(paramsFrom(inputs));
      expect(fromQuery.ok).toBe(true);
      expect(parseHer2Fields(Object.fromEntries(paramsFrom(inputs)))).toEqual(fromQuery);
    }
  });

  it("accepts JSON numbers and booleans as well as strings", () => {
    expect(parseHer2Fields({ ihc: 2, ratio: 2.2, copies: 3.5, recountRatio: 2.1, recountCopies: 3.6 })).toEqual(
      query("ihc=2%2B&ratio=2.2&copies=3.5&recountRatio=2.1&recountCopies=3.6"),
    );
    expect(parseHer2Fields({ ihc: 0, ultralow: true })).toEqual(query("ihc=0&ultralow=true"));
    expect(parseHer2Fields({ ihc: "0", ultralow: false, ratio: null, copies: undefined })).toEqual(query("ihc=0&ultralow=false"));
  });

  it.each([
    ["ihc", 2.5],
    ["ihc", 4],
    ["ihc", -1],
    ["ihc", true],
    ["ratio", Number.NaN],
    ["ratio", Number.POSITIVE_INFINITY],
    ["ratio", -2],
    ["ratio", 0],
    ["ratio", true],
    ["ultralow", 1],
    ["assay", 2],
    ["ratio", [2.1]],
    ["ratio", { value: 2.1 }],
  ])("rejects %s = %j from JSON, naming the parameter", (name, value) => {
    const fields = { ihc: 2, ratio: 2.2, copies: 3.5, [name]: value };
    expect(errorOf(parseHer2Fields(fields)).parameter).toBe(name);
  });
});

describe("ihc spellings (design.md §5)", () => {
  it.each([
    ["ihc=2+", "an unencoded + arrives as a space"],
    ["ihc=2%2B", "URL-encoded +"],
    ["ihc=2", "no +"],
    ["ihc=2%20", "a trailing space"],
    ["ihc=%202%2B%20", "surrounding spaces around 2+"],
    ["ihc=+2+", "unencoded + on both sides: spaces"],
    ["ihc=%09 2 %0A", "tabs and newlines around it"],
  ])("%s (%s) reads as 2+", (search) => {
    expect(query(`${search}&ratio=2.2&copies=3.5`)).toEqual(query("ihc=2&ratio=2.2&copies=3.5"));
    expect(query(search)).toMatchObject({ ok: true, input: { ihc: { score: 2 } } });
  });

  it("reads 3, 3+, 3%2B and ' 3+ ' alike", () => {
    const results = ["ihc=3", "ihc=3+", "ihc=3%2B", "ihc=%203%2B%20", "ihc=%203%20"].map(query);
    for (const result of results) expect(result).toEqual({ ok: true, input: { ihc: { score: 3 }, ish: null } });
  });

  it("rejects a raw 2++ (reference case 47), which decoding alone would read as 2 and two spaces", () => {
    const error = errorOf(query("ihc=2++"));
    expect(error).toMatchObject({ parameter: "ihc", allowed: ["0", "1+", "2+", "3+"] });
    expect(error.message).toMatch(/at most one "\+".*send \+ as %2B and spaces as %20.*Got "2\+\+"/);
    // Why the raw string is needed: the decoded value is "2  ".
    expect(new URLSearchParams("ihc=2++").get("ihc")).toBe("2  ");
    expect(parseHer2Query(new URLSearchParams("ihc=2++"))).toMatchObject({ ok: true });
    for (const raw of ["2%2B%2B", "2+%2B", "+2++", "%202++%20", "3+++", "2%2B%2B+"]) expect(errorOf(query(`ihc=${raw}`)).parameter, raw).toBe("ihc");
    // One plus, however written, with spaces around it (a form writes " 2+ " as +2%2B+), still reads.
    for (const raw of ["2+", "2%2B", "+2+", "%202%2B%20", "+2%2B+", "2%2B++", "2+%20", "%202+"])
      expect(query(`ratio=2.2&ihc=${raw}&copies=3.5`), raw).toMatchObject({ ok: true, input: { ihc: { score: 2 } } });
    // The check finds ihc however its name is written, and leaves other parameters alone.
    expect(errorOf(query("ratio=2.2&%69hc=2++&copies=3.5")).parameter).toBe("ihc");
    expect(query("?ihc=2%2B&ratio=2.2&copies=3.5")).toEqual(query("ihc=2&ratio=2.2&copies=3.5"));
  });

  it.each(["4", "4+", "2%2B%2B", "", "-1", "1.5", "%2B2", "2%2B3", "two", "02", "3-", "2%2B%20%2B", "%EF%BC%92", "0x2"])(
    "rejects ihc=%s with the allowed values",
    (value) => {
      const error = errorOf(query(`ihc=${value}`));
      expect(error).toMatchObject({ parameter: "ihc", allowed: ["0", "1+", "2+", "3+"] });
    },
  );
});

describe("numbers: finite plain decimals > 0, never rounded", () => {
  it.each(["2", "2.0", "2.00", "%202.0%20", "02.0"])("ratio=%s reads as 2", (value) => {
    expect(query(`ratio=${value}&copies=4.0`)).toEqual(query("ratio=2&copies=4.0"));
  });

  it("keeps the reported digits", () => {
    expect(query("ratio=1.995&copies=4.5")).toMatchObject({ ok: true, input: { ish: { ratio: 1.995, copies: 4.5 } } });
  });

  it.each([
    "NaN",
    "Infinity",
    "-Infinity",
    "1e999",
    "1e2",
    "0x10",
    "",
    "%20",
    "--1",
    "-1",
    "%2B1",
    "2.0abc",
    "2%2C",
    "2,5,1",
    "0%2C0",
    "1%2C234",
    "2.",
    ".5",
    "1_000",
    "9".repeat(400),
  ])("rejects ratio=%s", (value) => {
    const error = errorOf(query(`ihc=2&ratio=${value}&copies=4.0`));
    expect(error.parameter).toBe("ratio");
    expect(error.message).toMatch(/finite number > 0/);
  });

  it("says to write a decimal comma as a point, and still reads nothing from it", () => {
    expect(errorOf(query("ihc=2&ratio=2%2C5&copies=4.0"))).toEqual({ parameter: "ratio", message: 'Write the decimal with a point, as in 2.5. Got "2,5".' });
    expect(errorOf(query("ihc=2&ratio=2.2&copies=%2010%2C25%20")).message).toBe('Write the decimal with a point, as in 10.25. Got " 10,25 ".');
  });

  it("gives every value's own error at once, where the parser stops at the first (a form marks each field)", () => {
    expect(errorOf(query("ihc=2&ratio=2%2C1&copies=4%2C5")).parameter).toBe("ratio");
    expect(her2ValueErrors({ ihc: "2+", ratio: "2,1", copies: "4,5", cep17: "2.0" })).toEqual({
      ratio: { parameter: "ratio", message: 'Write the decimal with a point, as in 2.1. Got "2,1".' },
      copies: { parameter: "copies", message: 'Write the decimal with a point, as in 4.5. Got "4,5".' },
    });
    expect(Object.keys(her2ValueErrors({ ihc: "5", recountCopies: "abc", ratio: "2.1" }))).toEqual(["ihc", "recountCopies"]);
    // Only values wrong on their own: a rule between values (copies missing) is the parser's to say.
    expect(her2ValueErrors({ ihc: "2+", ratio: "2.1" })).toEqual({});
  });
});

describe("parameters: unknown and repeated", () => {
  it("names an unknown parameter and lists the allowed ones", () => {
    expect(errorOf(query("ihc=2&foo=1"))).toEqual({ parameter: "foo", message: "Unknown parameter.", allowed: [...HER2_PARAMETERS] });
    expect(errorOf(query("IHC=2")).parameter).toBe("IHC"); // names are case-sensitive, like the API
  });

  it("rejects a repeated parameter, even with the same value", () => {
    expect(errorOf(query("ihc=2&ihc=3")).parameter).toBe("ihc");
    expect(errorOf(query("ihc=2&ratio=2.2&copies=3.5&copies=3.5")).parameter).toBe("copies");
  });

  it("skips parameters the caller reserves, and lists them as allowed", () => {
    expect(query("ihc=3&format=csv").ok).toBe(false);
    const result = parseHer2Query(new URLSearchParams("ihc=3&format=csv"), { reserved: ["format"] });
    expect(result).toEqual({ ok: true, input: { ihc: { score: 3 }, ish: null } });
    const unknown = errorOf(parseHer2Query(new URLSearchParams("bar=1"), { reserved: ["format"] }));
    expect(unknown.allowed).toEqual([...HER2_PARAMETERS, "format"]);
  });
});

describe("contradictory and incomplete input (§3.4 rules 2, 5–8)", () => {
  it.each([
    ["ultralow without IHC", "ultralow=true&ratio=1.2&copies=2.5", "ultralow"],
    ["ultralow with IHC 3+", "ihc=3&ultralow=false", "ultralow"],
    ["ultralow not a boolean", "ihc=0&ultralow=yes", "ultralow"],
    ["single-probe with a ratio", "copies=5.0&ratio=2.1&assay=single", "ratio"],
    ["single-probe with CEP17", "copies=5.0&cep17=2.0&assay=single", "cep17"],
    ["unknown assay", "copies=5.0&assay=triple", "assay"],
    ["copies without ratio or CEP17", "ihc=2&copies=4.0", "ratio"],
    ["CEP17 without copies", "ihc=2&cep17=2.0", "copies"],
    ["ratio and CEP17 without copies", "ihc=2&ratio=2.0&cep17=2.0", "copies"],
    ["recountRatio alone", "ihc=2&ratio=2.2&copies=3.5&recountRatio=2.1", "recountCopies"],
    ["recountCopies alone", "ihc=2&ratio=2.2&copies=3.5&recountCopies=3.6", "recountRatio"],
    ["recount for group 1", "ihc=2&ratio=2.5&copies=6.5&recountRatio=2.4&recountCopies=6.0", "recountRatio"],
    ["recount for group 5", "ihc=2&ratio=1.2&copies=2.5&recountRatio=1.1&recountCopies=2.4", "recountRatio"],
    ["recount with IHC 3+", "ihc=3&ratio=2.2&copies=3.5&recountRatio=2.1&recountCopies=3.6", "recountRatio"],
    ["recount with IHC 0", "ihc=0&ratio=2.2&copies=3.5&recountRatio=2.1&recountCopies=3.6", "recountRatio"],
    ["recount without IHC", "ratio=2.2&copies=3.5&recountRatio=2.1&recountCopies=3.6", "recountRatio"],
    ["recount without ISH", "ihc=2&recountRatio=2.1&recountCopies=3.6", "recountRatio"],
    ["recount with single-probe", "ihc=2&copies=5.0&assay=single&recountRatio=2.1&recountCopies=3.6", "recountRatio"],
    ["only the assay", "assay=dual", "ihc"],
  ])("%s: %s → %s", (_name, search, parameter) => {
    expect(errorOf(query(search)).parameter).toBe(parameter);
  });

  it("derives the ratio from copies ÷ cep17 and keeps cep17", () => {
    expect(query("ihc=2&copies=4.4&cep17=2.2")).toMatchObject({ ok: true, input: { ish: { assay: "dual", ratio: 2, copies: 4.4, cep17: 2.2 } } });
  });

  it("treats an assay named without any ISH values as no ISH yet", () => {
    expect(query("ihc=2&assay=single")).toEqual({ ok: true, input: { ihc: { score: 2 }, ish: null } });
  });
});

describe("hostile input is never echoed beyond a short, harmless excerpt", () => {
  const hostile = ["<script>alert(1)</script>", '"><img src=x onerror=alert(1)>', "\u0000\u001b[31m\r\nSet-Cookie: a=b", "A".repeat(100_000), "${process.env}"];

  it.each(hostile.map((value) => [value.slice(0, 20), value]))("as a value (%j…)", (_label, value) => {
    for (const name of ["ihc", "ratio", "ultralow", "assay"]) {
      const error = errorOf(parseHer2Query(new URLSearchParams([[name, value]])));
      expect(error.message.length).toBeLessThan(120);
      const echoed = /Got "(.*)"\.$/.exec(error.message)?.[1];
      expect(echoed).toMatch(/^[A-Za-z0-9 .,+\-_%?]{0,16}…?$/);
      expect(error.message).not.toContain(value.slice(0, 17));
    }
  });

  it.each(hostile.map((value) => [value.slice(0, 20), value]))("as a parameter name (%j…)", (_label, name) => {
    const error = errorOf(parseHer2Query(new URLSearchParams([[name, "1"]])));
    expect(error.parameter.length).toBeLessThanOrEqual(17);
    // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what the check looks for
    expect(error.parameter).not.toMatch(/[<>`${}\u0000-\u001f]/);
  });
});
