// Reads the Dockerfile's stages, so tests can hold the image to what it promises (a non-root
// runner with a health check, the same server command as local runs) and run its health check
// without Docker. Only the forms the Dockerfile uses are understood; anything else is an error.

/** Logical lines: comments and blank lines dropped, backslash continuations joined. */
function instructions(text) {
  const lines = [];
  let pending = "";
  for (const raw of text.split("\n")) {
    const line = raw.trim();
    if (pending === "" && (line === "" || line.startsWith("#"))) continue;
    if (line.endsWith("\\")) {
      pending += `${line.slice(0, -1).trim()} `;
      continue;
    }
    lines.push(`${pending}${line}`.trim());
    pending = "";
  }
  if (pending !== "") throw new Error("the Dockerfile ends in a line continuation");
  return lines.map((line) => {
    const space = line.search(/\s/);
    return { keyword: line.slice(0, space).toUpperCase(), args: line.slice(space + 1).trim() };
  });
}

/** An exec-form (JSON array) command; the shell form would run under /bin/sh, which we do not model. */
function execForm(args, where) {
  let parsed;
  try {
    parsed = JSON.parse(args);
  } catch {
    parsed = null;
  }
  if (!Array.isArray(parsed) || parsed.length === 0 || !parsed.every((part) => typeof part === "string")) {
    throw new Error(`${where} must be in exec form (a JSON array of strings): ${args}`);
  }
  return parsed;
}

/** `KEY=value KEY2=value2` pairs (values without spaces or quotes, as this Dockerfile writes them). */
function pairs(args, where) {
  return Object.fromEntries(
    args.split(/\s+/).map((pair) => {
      const match = /^([A-Za-z_][A-Za-z0-9_]*)=([^"'\s]*)$/.exec(pair);
      if (!match) throw new Error(`${where}: expected KEY=value, got ${pair}`);
      return [match[1], match[2]];
    }),
  );
}

/**
 * The stages in order: name, base image (build arguments declared before the first FROM filled in
 * with their defaults), and what each sets up: workdir, env, user, copies, runs, cmd, healthcheck.
 */
export function parseDockerfile(text) {
  const globalArgs = {};
  const stages = [];
  for (const { keyword, args } of instructions(text)) {
    const stage = stages.at(-1);
    if (keyword === "FROM") {
      const match = /^(\S+)(?:\s+AS\s+(\S+))?$/i.exec(args);
      if (!match) throw new Error(`FROM: cannot read ${args}`);
      const image = match[1].replace(/\$\{(\w+)\}/g, (_, name) => {
        if (!(name in globalArgs)) throw new Error(`FROM uses \${${name}}, which has no default`);
        return globalArgs[name];
      });
      stages.push({
        name: match[2] ?? String(stages.length),
        from: image,
        workdir: "/",
        env: {},
        user: "root",
        copies: [],
        runs: [],
        cmd: null,
        healthcheck: null,
      });
    } else if (keyword === "ARG" && !stage) {
      const [name, value] = args.split("=");
      if (value !== undefined) globalArgs[name] = value;
    } else if (!stage) {
      throw new Error(`${keyword} before the first FROM`);
    } else if (keyword === "WORKDIR") stage.workdir = args;
    else if (keyword === "ENV") Object.assign(stage.env, pairs(args, "ENV"));
    else if (keyword === "USER") stage.user = args;
    else if (keyword === "COPY") {
      const parts = args.split(/\s+/);
      const from = parts.find((part) => part.startsWith("--from="))?.slice("--from=".length) ?? null;
      const paths = parts.filter((part) => !part.startsWith("--"));
      stage.copies.push({ from, sources: paths.slice(0, -1), destination: paths.at(-1) });
    } else if (keyword === "RUN") stage.runs.push(args);
    else if (keyword === "CMD") stage.cmd = execForm(args, "CMD");
    else if (keyword === "HEALTHCHECK") {
      const match = /^((?:--\S+\s+)*)CMD\s+(.*)$/.exec(args);
      if (!match) throw new Error(`HEALTHCHECK: expected options then CMD, got ${args}`);
      const options = Object.fromEntries(
        match[1]
          .split(/\s+/)
          .filter(Boolean)
          .map((option) => {
            const parts = /^--([a-z-]+)=(\S+)$/.exec(option);
            if (!parts) throw new Error(`HEALTHCHECK: cannot read option ${option}`);
            return [parts[1], parts[2]];
          }),
      );
      stage.healthcheck = { options, cmd: execForm(match[2], "HEALTHCHECK CMD") };
    }
    // ARG inside a stage and EXPOSE change nothing a test runs.
  }
  return stages;
}

/** The last stage: what the image runs. */
export function runnerStage(text) {
  const stages = parseDockerfile(text);
  if (stages.length === 0) throw new Error("the Dockerfile has no FROM");
  return stages.at(-1);
}
