/**
 * The shapes of the API's own answers as zod schemas: the error body and the dataset envelope.
 * Types are inferred from them, and the OpenAPI description is generated from them.
 */
import { z } from "zod";
import { SourceSchema } from "../datasets";

/** design.md §3: `{ error: { parameter, message, allowed } }`; parameter is null for a bad request body. */
export const ApiErrorDetailSchema = z.object({
  parameter: z.string().nullable(),
  message: z.string(),
  /** What the parameter takes, where that is a list; never empty, which would claim it takes nothing. */
  allowed: z.array(z.string()).min(1).readonly().optional(),
});
export type ApiErrorDetail = z.infer<typeof ApiErrorDetailSchema>;

export const ApiErrorSchema = z.object({ error: ApiErrorDetailSchema });

/** A dataset answer: its rows, the filters it applied, the sources they cite, and dataset-wide extras. */
export function envelopeSchema(dataset: string, rowSchema: z.ZodType, extras: z.ZodObject = z.object({})) {
  return z.object({
    dataset: z.literal(dataset),
    version: z.string(),
    ...extras.shape,
    // As design.md §3 shows it: each filter applied, as its comma-separated value ("stage": "all").
    query: z.record(z.string(), z.string()),
    data: z.array(rowSchema),
    sources: z.array(SourceSchema),
  });
}
