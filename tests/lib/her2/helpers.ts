import { classifyHer2, type Her2Classification, type IshGroup, type NodeId, parseHer2Query } from "@/lib/her2";
import { type ResultWords, resultWords } from "@/lib/her2/result-text";

/**
 * The §4 inputs column ("ihc=2+, ratio=2.5") as query parameters. Values are taken literally, with
 * only percent-escapes decoded, so "2+" stays "2+" and case 33's "2%2B" becomes "2+" (a query
 * string would turn an unencoded "+" into a space; the parser tests cover that form separately).
 */
export function paramsFrom(inputs: string): URLSearchParams {
  const params = new URLSearchParams();
  if (inputs === "") return params;
  for (const pair of inputs.split(", ")) {
    const [name = "", value = ""] = pair.split("=");
    params.append(name, decodeURIComponent(value));
  }
  return params;
}

/** The §4 "ISH group" column: "–", "4" or "3 (recount 4)". */
export function groupsFrom(column: string): { ishGroup: IshGroup | null; recountGroup: IshGroup | null } {
  const match = /^([1-5])(?: \(recount ([1-5])\))?$/.exec(column);
  if (column === "–") return { ishGroup: null, recountGroup: null };
  if (!match) throw new Error(`Unreadable ISH group column: ${column}`);
  return {
    ishGroup: Number(match[1]) as IshGroup,
    recountGroup: match[2] === undefined ? null : (Number(match[2]) as IshGroup),
  };
}

/** The §4 path column, "start → ihc → …". */
export function pathFrom(column: string): NodeId[] {
  return column.split(" → ") as NodeId[];
}

/** A §4 inputs column classified, with the words for the result beside its codes. */
export function classifyWithWords(inputs: string): Her2Classification & ResultWords {
  const parsed = parseHer2Query(paramsFrom(inputs));
  if (!parsed.ok) throw new Error(`${inputs}: ${parsed.error.parameter}: ${parsed.error.message}`);
  const classification = classifyHer2(parsed.input);
  return { ...classification, ...resultWords(classification) };
}
