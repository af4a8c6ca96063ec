// @vitest-environment node
// An error's `allowed` lists what the parameter takes, or is left out: an empty list would claim nothing is allowed.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { GET as getCard } from "@/app/api/cards/[file]/route";
import { GET as getChart } from "@/app/api/charts/[file]/route";
import { GET as getOembed } from "@/app/api/oembed/route";
import { ApiErrorSchema } from "@/lib/api/schemas";

const withFile = (get: typeof getChart | typeof getCard, file: string) => (query: string) =>
  get(new Request(`http://atlas.test/api/x/${file}?${query}`), { params: Promise.resolve({ file }) });
const oembed = (query: string) => getOembed(new Request(`http://atlas.test/api/oembed?${query}`));

describe("an error answer never carries an empty allowed list", () => {
  beforeEach(() => vi.stubEnv("SITE_URL", "http://atlas.test"));
  afterEach(() => vi.unstubAllEnvs());

  it.each([
    ["/api/oembed", "url=%2Fsurvival&url=%2Fprevalence", oembed, "url", undefined],
    ["/api/oembed", "url=%2Fsurvival&plain=1&plain=0", oembed, "plain", ["0", "1"]],
    ["/api/oembed", "url=%2Fsurvival&theme=dark&theme=light", oembed, "theme", ["auto", "light", "dark"]],
    ["/api/oembed", "url=%2Fsurvival&maxwidth=1&maxwidth=2", oembed, "maxwidth", undefined],
    // `format` is no parameter of an image route: the error lists those it takes.
    ["/api/cards/data.png", "format=csv", withFile(getCard, "data.png"), "format", ["theme"]],
    ["/api/charts/survival.svg", "format=csv", withFile(getChart, "survival.svg"), "format", expect.arrayContaining(["measure", "size"])],
    ["/api/charts/testing.svg", "ratio=-1", withFile(getChart, "testing.svg"), "ratio", undefined],
  ])("%s?%s: a 400 naming the parameter, with its allowed values or none", async (_, query, get, parameter, allowed) => {
    const response = await get(query);
    expect(response.status).toBe(400);
    const { error } = ApiErrorSchema.parse(await response.json());
    expect(error.parameter).toBe(parameter);
    expect(error.allowed).toEqual(allowed);
  });

  it("the published error schema refuses an empty list", () => {
    expect(ApiErrorSchema.safeParse({ error: { parameter: "x", message: "m", allowed: [] } }).success).toBe(false);
  });
});
