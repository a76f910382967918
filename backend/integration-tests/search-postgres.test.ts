import { afterAll, beforeAll, describe } from "vitest"
import { startTestMedusa, type TestMedusa } from "../../infra/src/testing/medusa.ts"
import { searchContract } from "./search-contract.ts"

let medusa: TestMedusa
beforeAll(async () => {
  medusa = await startTestMedusa()
})
afterAll(() => medusa?.stop())

describe("product search on the Postgres provider", () => searchContract(() => medusa))
