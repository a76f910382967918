import { describe, expect, it } from "vitest"
import { batchDraft, batchDraftProblems, batchPayload, todayInVietnam } from "./batch-draft"

describe("batch drafts", () => {
  it("starts a new batch harvested and packed today, in Vietnam's calendar", () => {
    // 23:30 UTC on 11 June is already 12 June in Việt Nam.
    const now = new Date("2026-06-11T23:30:00Z")
    expect(todayInVietnam(now)).toBe("2026-06-12")
    expect(batchDraft(null, "prod_1", now)).toMatchObject({ product_id: "prod_1", harvest_date: "2026-06-12", packing_date: "2026-06-12", unit: "kg" })
  })

  it("names each missing field", () => {
    const draft = { ...batchDraft(null, ""), harvest_date: "" }
    expect(Object.keys(batchDraftProblems(draft)).sort()).toEqual(["harvest_date", "plot", "product_id", "quantity"])
    expect(batchDraftProblems({ ...draft, product_id: "p", harvest_date: "2026-06-12", plot: "Vườn", quantity: 5 })).toEqual({})
  })

  it("sends emptied optional fields as null and trims text", () => {
    const draft = { ...batchDraft(null, "p"), plot: "  Vườn Đồng Gạo ", quantity: 800, packing_date: "", vietgap_code: " " }
    expect(batchPayload(draft)).toMatchObject({ plot: "Vườn Đồng Gạo", packing_date: null, vietgap_code: null, notes: null, quantity: 800 })
  })
})
