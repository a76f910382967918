import { describe, expect, it } from "vitest"
import { PROVINCES } from "../../../plugins/farmer-household/src/lib/provinces"
import { provinceFromSlug, provinceSlug } from "./province-slug"

describe("provinceSlug", () => {
  it("drops the unit's prefix and the accents, đ included", () => {
    expect(provinceSlug("Thành phố Hải Phòng")).toBe("hai-phong")
    expect(provinceSlug("Tỉnh Đắk Lắk")).toBe("dak-lak")
    expect(provinceSlug("Thành phố Hồ Chí Minh")).toBe("ho-chi-minh")
    expect(provinceSlug("Tỉnh Thanh Hóa".normalize("NFD"))).toBe("thanh-hoa")
  })

  it("gives each of the 34 provinces its own slug, and finds it back", () => {
    const slugs = PROVINCES.map(provinceSlug)
    expect(new Set(slugs).size).toBe(34)
    for (const p of PROVINCES) expect(provinceFromSlug(provinceSlug(p), PROVINCES)).toBe(p)
    expect(provinceFromSlug("hai-duong", PROVINCES)).toBeUndefined()
  })
})
