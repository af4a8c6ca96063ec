// @vitest-environment node
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { localMainConfig, renderTemplate, SITE_TEMPLATE } from "../../scripts/nginx-config.mjs";
import NEXT_ROUTER_HEADERS from "../../server/next-router-headers.json";

const template = readFileSync(SITE_TEMPLATE, "utf8");
const values = {
  NGINX_LISTEN: "127.0.0.1:3608",
  SERVER_NAME: "her2.example.org",
  APP_UPSTREAM: "127.0.0.1:3601",
  NGINX_CACHE_PATH: "/tmp/her2-cache",
};

/** The rendered configuration's directives, comments dropped, one per entry. */
function directives(config: string): string[] {
  return config
    .split("\n")
    .map((line) => line.replace(/#.*$/, "").trim())
    .filter((line) => line !== "" && line !== "}" && !line.endsWith("{"));
}

describe("renderTemplate on deploy/nginx's template", () => {
  const rendered = renderTemplate(template, values);
  const lines = directives(rendered);

  it("fills every placeholder and leaves nginx's own variables alone", () => {
    expect(rendered).not.toMatch(/\$\{/);
    expect(lines).toContain("listen 127.0.0.1:3608;");
    expect(lines).toContain("server_name her2.example.org;");
    expect(lines).toContain("server 127.0.0.1:3601;");
    expect(lines.find((line) => line.startsWith("proxy_cache_path"))).toMatch(/^proxy_cache_path \/tmp\/her2-cache levels=1:2 keys_zone=her2_atlas:10m /);
    expect(lines).toContain("add_header X-Cache-Status $upstream_cache_status always;");
  });

  it("caches in front of the app as the app says: a lock, stale while updating, no lifetime of its own", () => {
    expect(lines).toContain("proxy_cache her2_atlas;");
    expect(lines).toContain("proxy_cache_lock on;");
    expect(lines.find((line) => line.startsWith("proxy_cache_use_stale"))?.split(/[\s;]+/)).toContain("updating");
    // A proxy_cache_valid would give answers a lifetime the app's Cache-Control did not.
    expect(lines.filter((line) => /^proxy_(cache_valid|ignore_headers)\b/.test(line))).toEqual([]);
    // The host is in the key, so two names never share an entry.
    expect(lines).toContain("proxy_cache_key $scheme$host$request_uri;");
  });

  it("neither answers nor keeps a request of Next's router from the cache: its answer depends on headers the key leaves out", () => {
    const variables = NEXT_ROUTER_HEADERS.map((name) => `$http_${name.replaceAll("-", "_")}`).join(" ");
    expect(lines).toContain(`proxy_cache_bypass ${variables};`);
    expect(lines).toContain(`proxy_no_cache ${variables};`);
  });

  it("tells the app who asked, on which host and scheme", () => {
    for (const header of ["Host $host", "X-Forwarded-Host $host", "X-Forwarded-Proto $scheme", "X-Forwarded-For $proxy_add_x_forwarded_for"]) {
      expect(lines).toContain(`proxy_set_header ${header};`);
    }
    expect(lines).toContain("gzip on;");
  });
});

describe("renderTemplate's refusals", () => {
  it("refuses a placeholder without a value", () => {
    const { NGINX_CACHE_PATH: _, ...rest } = values;
    expect(() => renderTemplate(template, rest)).toThrow(/no value for NGINX_CACHE_PATH/);
  });

  it("refuses a value the template has no placeholder for (a misspelt name)", () => {
    expect(() => renderTemplate(template, { ...values, NGINX_LISTENS: "80" })).toThrow(/no placeholder for NGINX_LISTENS/);
  });

  it.each([
    ["a directive smuggled after a semicolon", "80; include /etc/passwd"],
    ["a block", "80 { }"],
    ["a space", "127.0.0.1:80 default_server"],
    ["an nginx variable", "$host"],
    ["a quote", '"80"'],
    ["a comment", "80#"],
    ["a new line", "80\nlisten 81"],
    ["nothing", ""],
  ])("refuses %s", (_, listen) => {
    expect(() => renderTemplate(template, { ...values, NGINX_LISTEN: listen })).toThrow(/NGINX_LISTEN: .* is not a single nginx word/);
  });

  it("substitutes only upper-case names in braces, as envsubst with a list of names does", () => {
    expect(renderTemplate("a ${A} $A ${a} $${A}", { A: "x" })).toBe("a x $A ${a} $x");
  });
});

describe("localMainConfig", () => {
  const config = localMainConfig({ dir: "/tmp/run", sitePath: "/tmp/run/site.conf" });
  const lines = directives(config);

  it("runs nginx in the foreground and keeps everything it writes under its folder", () => {
    expect(lines).toContain("daemon off;");
    expect(lines).toContain("pid /tmp/run/nginx.pid;");
    expect(lines).toContain("error_log stderr warn;");
    expect(lines).toContain("access_log off;");
    for (const kind of ["client_body", "proxy", "fastcgi", "uwsgi", "scgi"]) {
      const line = lines.find((directive) => directive.startsWith(`${kind}_temp_path `));
      expect(line, `${kind}_temp_path`).toMatch(/^\S+ \/tmp\/run\/temp\/\w+;$/);
    }
    expect(lines).toContain("include /tmp/run/site.conf;");
    // No path outside the folder: not /etc/nginx, /var/log/nginx or /var/lib/nginx.
    expect(lines.flatMap((line) => line.match(/\/\S+/g) ?? []).filter((path) => !path.startsWith("/tmp/run/"))).toEqual([]);
  });

  it("refuses a relative folder or one nginx would misread", () => {
    expect(() => localMainConfig({ dir: "run", sitePath: "/tmp/run/site.conf" })).toThrow(/absolute/);
    expect(() => localMainConfig({ dir: "/tmp/my run", sitePath: "/tmp/run/site.conf" })).toThrow(/not a single nginx word/);
  });
});
