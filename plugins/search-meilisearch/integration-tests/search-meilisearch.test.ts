// The same search contract as on Postgres (backend/integration-tests/search-contract.ts), run
// against a Medusa whose Search Module uses this provider. Needs a Meilisearch server:
// MEILISEARCH_HOST (and MEILISEARCH_API_KEY), e.g. `docker compose up meilisearch`.
import { afterAll, beforeAll, describe, expect, vi } from "vitest"
import { startTestMedusa, type TestMedusa } from "../../../infra/src/testing/medusa.ts"
import { searchContract } from "../../../backend/integration-tests/search-contract.ts"
import { demoData } from "../../../infra/src/testing/demo-catalogue.ts"

const host = process.env.MEILISEARCH_HOST
if (!host) console.log("search-meilisearch contract skipped: MEILISEARCH_HOST is not set (no Meilisearch server on this machine)")

describe.skipIf(!host)("product search on the Meilisearch provider", () => {
  let medusa: TestMedusa
  beforeAll(async () => {
    // Not yet run anywhere (no Meilisearch server on the development machines). The template
    // database's index version belongs to the Postgres provider, so `db:migrate` has to move it
    // to Meilisearch (and Medusa's boot seed fill it) before this contract can pass: see README.
    medusa = await startTestMedusa({ MEILISEARCH_HOST: host!, MEILISEARCH_API_KEY: process.env.MEILISEARCH_API_KEY ?? "" })
    await vi.waitFor(async () => expect((await medusa.api("/store/search")).body.count).toBe(demoData.products.length), { timeout: 60_000, interval: 500 })
  })
  afterAll(() => medusa?.stop())

  searchContract(() => medusa)
})
