/**
 * Built from a copy outside the repository (scripts/bench/empty-app.mjs), whose node_modules links
 * back to the repository's: the whole file system is its root so that link resolves.
 * @type {import('next').NextConfig}
 */
module.exports = { poweredByHeader: false, turbopack: { root: "/" } };
