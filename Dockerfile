# HER2 Atlas as a container: Next's standalone output on Node 20, run by a user without privileges.
#   docker build -t her2-atlas --build-arg SITE_URL=https://her2.example.org .
#   docker run -d -p 3000:3000 -e SITE_URL=https://her2.example.org her2-atlas
# The runner stage is checked without Docker: tests/e2e/standalone.spec.ts and `npm run load:cdn`
# copy the assembled folder elsewhere and start it with this file's ENV, CMD and HEALTHCHECK.

ARG NODE_IMAGE=node:20-bookworm-slim

# 1. The dependencies, exactly as the lockfile has them (dev ones too: the build type-checks).
FROM ${NODE_IMAGE} AS deps
WORKDIR /app
COPY package.json package-lock.json ./
# The npm the lockfile was written with: node:20 images ship npm 10, under which vite 8 is reported
# not to install (shared toolchain notes).
RUN npm install --global npm@11.19.1 && npm ci --no-audit --no-fund

# 2. The build, and the standalone folder assembled with the script every local run uses.
FROM ${NODE_IMAGE} AS build
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1
COPY --from=deps /app/node_modules ./node_modules
COPY . .
# Pages prerendered at build time name the public origin as it is now: pass the same SITE_URL as at
# run time. Unset when not given, so the build falls back to its default instead of an empty origin.
ARG SITE_URL
RUN if [ -z "$SITE_URL" ]; then unset SITE_URL; fi \
    && npx next build \
    && node scripts/standalone.mjs

# 3. What runs: the standalone folder alone (the traced node_modules, .next, public, our server/).
FROM ${NODE_IMAGE} AS runner
WORKDIR /app
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 PORT=3000 HOSTNAME=0.0.0.0
RUN groupadd --system --gid 1001 atlas && useradd --system --uid 1001 --gid atlas --no-create-home atlas
COPY --from=build /app/.next/standalone ./
# The code stays root's; only .next, where Next keeps regenerated pages and its caches, is writable.
RUN chown -R atlas:atlas .next
USER atlas
EXPOSE 3000
# Slim images have no curl: Node's own fetch asks the API index, which is cheap to answer.
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
    CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/api', { signal: AbortSignal.timeout(4000) }).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# SITE_URL is read at run time too (-e SITE_URL=…): the public origin every dynamic page names.
CMD ["node", "server/index.mjs"]
