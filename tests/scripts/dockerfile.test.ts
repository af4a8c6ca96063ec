// @vitest-environment node
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseDockerfile, runnerStage } from "../../scripts/dockerfile.mjs";
import { SERVER_COMMAND, standaloneEnv } from "../../scripts/standalone-server.mjs";

const dockerfile = readFileSync("Dockerfile", "utf8");

describe("the Dockerfile", () => {
  const stages = parseDockerfile(dockerfile);
  const runner = runnerStage(dockerfile);

  it("builds in stages on Node 20's slim image: dependencies, build, runner", () => {
    expect(stages.map((stage) => stage.name)).toEqual(["deps", "build", "runner"]);
    for (const stage of stages) expect(stage.from).toMatch(/^node:20(\.\d+)*-(bookworm-)?slim$/);
    expect(stages[0]!.runs.join(" ")).toMatch(/\bnpm ci\b/);
  });

  it("assembles the standalone folder with the same script every local run uses", () => {
    expect(stages[1]!.runs.join(" ")).toMatch(/next build && node scripts\/standalone\.mjs$/);
  });

  it("runs only the standalone folder, as a user without privileges", () => {
    expect(runner.copies).toEqual([{ from: "build", sources: ["/app/.next/standalone"], destination: "./" }]);
    expect(runner.user).not.toMatch(/^(root|0)(:|$)/);
    expect(runner.workdir).toBe("/app");
  });

  it("starts the server the way local runs start it: node server/index.mjs with the same settings", () => {
    expect(runner.cmd).toEqual(SERVER_COMMAND);
    expect(runner.env).toMatchObject({ PORT: "3000", HOSTNAME: "0.0.0.0" });
    // Every setting local runs give the server (besides port and address) is the image's too.
    const local = standaloneEnv({ port: 3000, hostname: "0.0.0.0", env: {} });
    expect(runner.env).toEqual(local);
  });

  it("leaves SITE_URL to run time: the image names no origin of its own", () => {
    expect(runner.env).not.toHaveProperty("SITE_URL");
  });

  it("checks its health with Node's fetch on the API index (slim images have no curl)", () => {
    expect(runner.healthcheck?.cmd.slice(0, 2)).toEqual(["node", "-e"]);
    expect(runner.healthcheck?.cmd[2]).toMatch(/fetch\('http:\/\/127\.0\.0\.1:' \+ \(process\.env\.PORT \|\| 3000\) \+ '\/api'/);
    expect(runner.healthcheck?.options).toMatchObject({ interval: "30s", timeout: "5s" });
  });
});

describe("parseDockerfile", () => {
  it("joins continued lines, skips comments and fills the base image from a build argument", () => {
    const [stage] = parseDockerfile(
      ["ARG BASE=node:20-slim", "# a comment", "FROM ${BASE} AS only", "RUN a \\", "    && b", 'CMD ["node", "x.js"]'].join("\n"),
    );
    expect(stage).toMatchObject({ name: "only", from: "node:20-slim", runs: ["a && b"], cmd: ["node", "x.js"] });
  });

  it("refuses a shell-form command, which would run under a shell it does not model", () => {
    expect(() => parseDockerfile("FROM node:20-slim\nCMD node server.js")).toThrow(/exec form/);
  });

  it("refuses a base image whose build argument has no default", () => {
    expect(() => parseDockerfile("ARG BASE\nFROM ${BASE}")).toThrow(/no default/);
  });
});
