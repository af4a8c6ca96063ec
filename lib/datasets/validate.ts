/** Validation of raw data files: a broken file fails loudly, naming the file, the row and the field. */
import type { z } from "zod";

export class DataFileError extends Error {
  constructor(
    readonly file: string,
    readonly problems: string[],
  ) {
    super(`${file} is invalid:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "DataFileError";
  }
}

/** "rows[3] (five-year-2013-2019-all-unknown).value" — the row's own id makes the place easy to find. */
function describePath(raw: unknown, path: readonly PropertyKey[]): string {
  let node: unknown = raw;
  let text = "";
  for (const key of path) {
    text += typeof key === "number" ? `[${key}]` : text ? `.${String(key)}` : String(key);
    node = node && typeof node === "object" ? (node as Record<PropertyKey, unknown>)[key] : undefined;
    if (typeof key === "number" && node && typeof node === "object" && "id" in node) {
      text += ` (${String((node as { id: unknown }).id)})`;
    }
  }
  return text || "(file root)";
}

export function parseDataFile<Schema extends z.ZodType>(file: string, raw: unknown, schema: Schema): z.output<Schema> {
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  throw new DataFileError(
    file,
    result.error.issues.map((issue) => `${describePath(raw, issue.path)}: ${issue.message}`),
  );
}

interface Referencing {
  id: string;
  sourceId: string;
}

/** Cross-file checks zod cannot see: every sourceId resolves, and row ids are unique. */
export function checkReferences(file: string, rows: readonly Referencing[], sourceIds: ReadonlySet<string>): void {
  const problems: string[] = [];
  const seen = new Set<string>();
  rows.forEach((row, index) => {
    if (!sourceIds.has(row.sourceId)) problems.push(`rows[${index}] (${row.id}).sourceId: "${row.sourceId}" is not in data/sources.json`);
    if (seen.has(row.id)) problems.push(`rows[${index}].id: "${row.id}" is used twice`);
    seen.add(row.id);
  });
  if (problems.length) throw new DataFileError(file, problems);
}
