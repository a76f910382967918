import { afterAll, beforeAll, describe, expect, it, vi } from "vitest"
import { startTestMedusa, type TestMedusa } from "../../infra/src/testing/medusa.ts"
import { searchContract } from "./search-contract.ts"
import { demoData } from "../../infra/src/testing/demo-catalogue.ts"

let medusa: TestMedusa
beforeAll(async () => {
  medusa = await startTestMedusa()
  // The Search Module seeds a fresh index when the application starts, in the background.
  await vi.waitFor(async () => expect((await medusa.api("/store/search")).body.count).toBe(demoData.products.length), { timeout: 30_000, interval: 250 })
})
afterAll(() => medusa?.stop())

describe("product search on the Postgres provider", () => searchContract(() => medusa))

describe("near misses on the Postgres provider", () => {
  it("corrects a misspelt query against the index's words and says what it meant", async () => {
    const typo = await medusa.api(`/store/search?q=${encodeURIComponent("vai thiu")}`)
    expect(typo.body.did_you_mean).toBe("vai thieu")
    const exact = await medusa.api(`/store/search?q=${encodeURIComponent("vải thiều")}`)
    expect(exact.body.did_you_mean).toBeNull()
  })
})
