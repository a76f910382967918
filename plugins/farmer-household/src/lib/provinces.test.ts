import { expect, it } from "vitest"
import { PROVINCES } from "./provinces"

it("has the 34 units of the 2025 reform: 6 cities and 28 provinces, each once", () => {
  expect(new Set(PROVINCES).size).toBe(34)
  expect(PROVINCES.filter((p) => p.startsWith("Thành phố "))).toHaveLength(6)
  expect(PROVINCES.filter((p) => p.startsWith("Tỉnh "))).toHaveLength(28)
  // Merged away in 2025: Hải Dương (into Hải Phòng), Bắc Giang (into Bắc Ninh), Hà Giang (into Tuyên Quang).
  for (const gone of ["Tỉnh Hải Dương", "Tỉnh Bắc Giang", "Tỉnh Hà Giang"]) expect(PROVINCES).not.toContain(gone)
})
