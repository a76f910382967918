# The Nuxt storefront as a plain Node server (.output).
FROM node:24-bookworm-slim AS build
WORKDIR /app
COPY . .
RUN npm ci && npm run build --workspace storefront

FROM node:24-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production PORT=3000
COPY --from=build /app/storefront/.output ./.output
EXPOSE 3000
CMD ["node", ".output/server/index.mjs"]
