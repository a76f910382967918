import pg from "pg"
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

describe("the Postgres provider's indexes", () => {
  it("serves a newest-first page off the created_at index, not by sorting every product", async () => {
    const db = new pg.Client(medusa.databaseUrl)
    await db.connect()
    try {
      const { rows } = await db.query(`SELECT table_name FROM search_postgres_index WHERE name LIKE 'product%'`)
      expect(rows).toHaveLength(1)
      // 150 products would be read whole anyway; a catalogue of thousands is planned like this.
      await db.query("SET enable_seqscan = off")
      const plan = await db.query(`EXPLAIN SELECT "id" FROM "${rows[0].table_name}" ORDER BY "f_created_at" DESC NULLS LAST LIMIT 24`)
      const lines = plan.rows.map((r) => r["QUERY PLAN"] as string)
      expect(lines.join("\n")).toContain(`Index Scan using ${rows[0].table_name}_f_created_at_desc_idx`)
      expect(lines.some((l) => /\bSort\b/.test(l))).toBe(false)
    } finally {
      await db.end()
    }
  })
})
