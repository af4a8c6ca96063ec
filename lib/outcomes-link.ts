/**
 * Links into /outcomes with what a page already knows set (a HER2 result, a subtype's receptors),
 * the rest left for the reader. Small and pure, so client components can build them too.
 */
import { SUBTYPES, type SubtypeId } from "./subtypes";
export interface KnownInputs {
  er?: 0 | 1;
  pr?: 0 | 1;
  her2?: 0 | 1 | 9;
}

export function outcomesHref(known: KnownInputs): string {
  const params = new URLSearchParams(Object.entries(known).flatMap(([name, value]) => (value === undefined ? [] : [[name, String(value)]])));
  const query = params.toString();
  return query ? `/outcomes?${query}` : "/outcomes";
}

/**
 * A subtype's link: its HER2 status, and ER and PR negative for an HR-negative subtype. HR-positive
 * means ER or PR positive, not which, so those are left for the reader.
 */
export function subtypeOutcomesHref(id: SubtypeId): string {
  const { hr, her2 } = SUBTYPES[id];
  return outcomesHref({ ...(hr === "negative" ? { er: 0, pr: 0 } : {}), her2: her2 === "positive" ? 1 : 0 });
}
