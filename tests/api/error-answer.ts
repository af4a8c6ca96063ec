// How every API route answers a request it cannot serve (design.md §3), asserted in one place.
import { expect, it } from "vitest";

/** The answer has this status and a JSON error naming the parameter at fault. */
export async function expectErrorNaming(answer: Response | Promise<Response>, status: number, parameter: string): Promise<void> {
  const response = await answer;
  expect(response.status).toBe(status);
  expect(((await response.json()) as { error: { parameter: string } }).error.parameter).toBe(parameter);
}

/** Each case (file, query, status, parameter) of an image route is answered with that status and an error naming that parameter. */
export function itNamesTheBadParameter(get: (file: string, query: string) => Response | Promise<Response>, cases: [string, string, number, string][]): void {
  it.each(cases)("%s%s is a %i naming %s", (file, query, status, parameter) => expectErrorNaming(get(file, query), status, parameter));
}
