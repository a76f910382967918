import { afterAll, beforeAll, describe, expect, vi } from "vitest"
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
