import { describe, expect, it } from "vitest"
import { assertPackedAfterHarvest, dateOfDay, dayOf } from "../batch-dates"

describe("batch dates", () => {
  it("keeps a calendar day through storage", () => {
    expect(dayOf(dateOfDay("2025-06-10"))).toBe("2025-06-10")
    expect(dayOf("2025-06-10T00:00:00.000Z")).toBe("2025-06-10")
    expect(dayOf(null)).toBeNull()
  })

  it("allows packing on or after the harvest day, refuses it before", () => {
    expect(() => assertPackedAfterHarvest(dateOfDay("2025-06-10"), dateOfDay("2025-06-10"))).not.toThrow()
    expect(() => assertPackedAfterHarvest(dateOfDay("2025-06-10"), null)).not.toThrow()
    expect(() => assertPackedAfterHarvest(dateOfDay("2025-06-10"), dateOfDay("2025-06-09"))).toThrow(/Ngày đóng gói .* \/ The packing date/)
  })
})
