# syntax=docker/dockerfile:1
#
# One image for the three apps; docker-compose.yml picks the command per service:
#   node dist/apps/intake-api/src/main.js   (HTTP, PORT 3000)
#   node dist/apps/moderation/src/main.js   (HTTP, PORT 3001)
#   node dist/apps/worker/src/main.js       (no HTTP)
#   node scripts/migrate.js                 (one-shot: migrations + seed data, then exits)
#
# Untested on the maintainers' machines (no Docker engine there); CI uses the machine's
# PostgreSQL and Redis.
#
# Node 22 LTS: the runtime require()s ES modules from CommonJS (NestJS 12), which needs
# Node >= 20.19 / 22.12. bookworm (glibc) because argon2 ships prebuilt glibc binaries.
ARG NODE_IMAGE=node:22-bookworm-slim

# ---------------------------------------------------------------------------------------
# build: all dependencies, compile TypeScript to dist/ (tsc + tsc-alias rewrites @tnr/*).
FROM ${NODE_IMAGE} AS build
WORKDIR /app
# swagger-ui-dist pulls in @scarf/scarf, whose install script phones home; npm versions that
# do not enforce package.json "allowScripts" would run it.
ENV SCARF_ANALYTICS=false \
    NPM_CONFIG_AUDIT=false \
    NPM_CONFIG_FUND=false \
    NPM_CONFIG_UPDATE_NOTIFIER=false
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build

# ---------------------------------------------------------------------------------------
# deps: production dependencies only, installed from the same lockfile.
FROM ${NODE_IMAGE} AS deps
WORKDIR /app
ENV SCARF_ANALYTICS=false \
    NPM_CONFIG_AUDIT=false \
    NPM_CONFIG_FUND=false \
    NPM_CONFIG_UPDATE_NOTIFIER=false
COPY package.json package-lock.json ./
RUN npm ci --omit=dev && npm cache clean --force

# ---------------------------------------------------------------------------------------
# runtime: compiled code + production node_modules, owned by root and read-only to the
# unprivileged `node` user (uid 1000) that runs the process.
FROM ${NODE_IMAGE} AS runtime
WORKDIR /app
ENV NODE_ENV=production \
    NODE_OPTIONS=--enable-source-maps \
    HOST=0.0.0.0
COPY package.json ./
COPY --from=deps /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
# dist/data/seed is what the compiled code imports; data/seed and scripts/ are for
# scripts/migrate.js and operators.
COPY data/seed ./data/seed
COPY scripts ./scripts
USER node
EXPOSE 3000 3001
# Overridden per service in docker-compose.yml.
CMD ["node", "dist/apps/intake-api/src/main.js"]
