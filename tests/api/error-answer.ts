// How every API route answers a request it cannot serve (design.md §3), asserted in one place.
import { expect } from "vitest";

/** The answer has this status and a JSON error naming the parameter at fault. */
export async function expectErrorNaming(answer: Response | Promise<Response>, status: number, parameter: string): Promise<void> {
  const response = await answer;
  expect(response.status).toBe(status);
  expect(((await response.json()) as { error: { parameter: string } }).error.parameter).toBe(parameter);
}
