# Medusa backend (server or worker, chosen by MEDUSA_WORKER_MODE) with the nongsan plugins.
# The built app in backend/.medusa/server resolves its packages, plugins included, from the
# workspace's node_modules above it, so no second install is needed.
FROM node:24-bookworm-slim
WORKDIR /app
COPY . .
RUN npm ci && npm run build --workspace backend && npm prune --omit=dev
ENV NODE_ENV=production
WORKDIR /app/backend/.medusa/server
EXPOSE 9000
CMD ["/app/node_modules/.bin/medusa", "start"]
