import { defineConfig } from "vitest/config"
import { repoRoot } from "../src/paths.ts"

// `npm run test:reliability`: the failure cases of issue 9 (a sell-out race, kill -9 in the middle
// of checkouts, a server/worker split on Redis, bad input to every custom route). Each file boots
// its own Medusa processes on a real Postgres; kept out of `npm test`, run after it by .ci/run.
export default defineConfig({
  root: repoRoot,
  test: {
    name: "reliability",
    include: ["infra/reliability/**/*.reliability.test.ts"],
    globalSetup: ["./infra/src/testing/global-setup.ts"],
    testTimeout: 1_200_000,
    hookTimeout: 300_000,
    // One file at a time: each one loads the machine on purpose (200 buyers, three Medusas).
    maxWorkers: 1,
    fileParallelism: false,
  },
})
