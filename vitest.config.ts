import { defineConfig } from "vitest/config"

// One `npm test` for the whole repository. Three kinds of suite:
// unit (no services), integration (a real Medusa on the embedded Postgres), browser (headless
// Chromium against the built storefront and a real Medusa).
const pgSetup = "./infra/src/testing/global-setup.ts"

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "unit",
          include: ["{backend,infra,seed,storefront,plugins/*}/**/*.test.ts"],
          exclude: ["**/node_modules/**", "**/.medusa/**", "**/.nuxt/**", "**/.output/**", "**/integration-tests/**", "storefront/e2e/**", "**/*.integration.test.ts", "infra/reliability/**"],
        },
      },
      {
        test: {
          name: "integration",
          include: ["{backend,plugins/*}/integration-tests/**/*.test.ts", "infra/**/*.integration.test.ts"],
          exclude: ["**/node_modules/**"],
          globalSetup: [pgSetup],
          testTimeout: 120_000,
          hookTimeout: 240_000,
          // Each file boots its own Medusa; two at a time fit the 2-core machines.
          maxWorkers: 2,
        },
      },
      {
        test: {
          name: "browser",
          include: ["storefront/e2e/**/*.test.ts"],
          globalSetup: [pgSetup, "./infra/src/testing/storefront-build.ts"],
          testTimeout: 120_000,
          hookTimeout: 240_000,
          maxWorkers: 1,
        },
      },
    ],
  },
})
