// Pure pieces of the nginx set-up: filling in deploy/nginx's template (the same substitution
// envsubst makes for a real deployment) and the minimal main configuration `npm run load:cdn` runs
// it in, with everything nginx writes kept under one folder of its own.

export const SITE_TEMPLATE = "deploy/nginx/her2-atlas.conf.template";

/** The template's placeholders: upper-case names in dollar-braces, as envsubst reads them. */
const PLACEHOLDER = /\$\{([A-Z][A-Z0-9_]*)\}/g;
/** Characters that would end, open or change a directive if a value carried them. */
const UNSAFE = /[\s;{}"'$\\#]/;

function checkValue(name, value) {
  if (typeof value !== "string" || value === "" || UNSAFE.test(value)) {
    throw new Error(`${name}: ${JSON.stringify(value)} is not a single nginx word (empty, or holds a space, ; { } quote $ \\ or #)`);
  }
}

/**
 * Fills every placeholder of `template` from `values`. Refuses a placeholder without a value, a
 * value without a placeholder (a misspelt name would otherwise be ignored) and a value that is not
 * a single nginx word, so a setting can never add a directive.
 */
export function renderTemplate(template, values) {
  const used = new Set([...template.matchAll(PLACEHOLDER)].map((match) => match[1]));
  const missing = [...used].filter((name) => !Object.hasOwn(values, name));
  if (missing.length > 0) throw new Error(`no value for ${missing.join(", ")}`);
  const unknown = Object.keys(values).filter((name) => !used.has(name));
  if (unknown.length > 0) throw new Error(`the template has no placeholder for ${unknown.join(", ")}`);
  for (const [name, value] of Object.entries(values)) checkValue(name, value);
  return template.replace(PLACEHOLDER, (_, name) => values[name]);
}

/**
 * A main configuration for a foreground nginx that writes only under `dir` (an absolute path):
 * its pid, temp files and, through the site configuration at `sitePath`, its cache. Errors go to
 * stderr and no access log is kept (a load test would fill a disk with it). One worker: on a small
 * shared machine the load generator needs the other core more.
 */
export function localMainConfig({ dir, sitePath }) {
  checkValue("dir", dir);
  checkValue("sitePath", sitePath);
  if (!dir.startsWith("/") || !sitePath.startsWith("/")) throw new Error("dir and sitePath must be absolute paths");
  const temp = (name) => `${dir}/temp/${name}`;
  return [
    "# Written by scripts/load-cdn.mjs for one run and removed after it.",
    "daemon off;",
    "worker_processes 1;",
    `pid ${dir}/nginx.pid;`,
    "error_log stderr warn;",
    "events {",
    "    worker_connections 1024;",
    "}",
    "http {",
    "    access_log off;",
    // Debian's nginx was built with these under /var/lib/nginx: every one is moved here.
    `    client_body_temp_path ${temp("body")};`,
    `    proxy_temp_path ${temp("proxy")};`,
    `    fastcgi_temp_path ${temp("fastcgi")};`,
    `    uwsgi_temp_path ${temp("uwsgi")};`,
    `    scgi_temp_path ${temp("scgi")};`,
    `    include ${sitePath};`,
    "}",
    "",
  ].join("\n");
}
