# Kizuna API image. Multi-stage: dependencies and code generation in a build stage, a slim
# non-root runtime. The API runs TypeScript through tsx (a runtime dependency), so what runs in
# the container is exactly what runs on a laptop.
FROM node:24-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY codegen.ts tsconfig.json ./
COPY schema ./schema
COPY src ./src
COPY explorer ./explorer
# The landing bundle renders README.md into /readme and embeds the images under docs/.
COPY README.md ./
COPY docs ./docs
RUN npm run codegen && npm run build:explorer && npm prune --omit=dev

FROM node:24-bookworm-slim AS runtime
ENV NODE_ENV=production PORT=4000 HOST=0.0.0.0
WORKDIR /app
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/src ./src
COPY package.json ./
COPY schema ./schema
COPY cypher ./cypher
COPY seeds ./seeds
COPY --from=build /app/explorer/dist ./explorer/dist
COPY docs/queries ./docs/queries
USER node
EXPOSE 4000
HEALTHCHECK --interval=10s --timeout=3s --start-period=20s CMD node -e "fetch('http://127.0.0.1:4000/ready').then(r=>process.exit(r.ok?0:1)).catch(()=>process.exit(1))"
# Not `npm start`: its prestart step rebuilds the explorer, which the build stage already did.
CMD ["node", "--import", "tsx", "src/cli/serve.ts"]
