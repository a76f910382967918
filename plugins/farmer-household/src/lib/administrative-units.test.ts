import { describe, expect, it } from "vitest"
import demo from "@nongsan/seed/demo"
import { FORMER_UNITS, PROVINCE_UNITS, communeByCode, communesOf, findCommune, findProvince } from "./administrative-units"
import { PROVINCES } from "./provinces"

describe("the units in force since 1 July 2025", () => {
  it("are 34 provinces with 3,321 communes, wards and special zones, each code once", () => {
    expect(PROVINCE_UNITS).toHaveLength(34)
    const communes = PROVINCE_UNITS.flatMap((p) => communesOf(p))
    expect(communes).toHaveLength(3321)
    expect(new Set(communes.map((c) => c.code)).size).toBe(3321)
    expect(communes.filter((c) => c.name.startsWith("Đặc khu "))).toHaveLength(13)
    // Names in NFC, as browsers send them: the dataset has some with decomposed marks.
    expect(communes.filter((c) => c.name !== c.name.normalize("NFC"))).toEqual([])
  })

  it("agree with PROVINCES, the list seller addresses are validated against", () => {
    expect(new Set(PROVINCE_UNITS.map((p) => p.name))).toEqual(new Set(PROVINCES))
  })

  it("finds a province by code or by name, with or without 'Tỉnh' and accents", () => {
    expect(findProvince("01")?.name).toBe("Thành phố Hà Nội")
    expect(findProvince("hai phong")?.name).toBe("Thành phố Hải Phòng")
    expect(findProvince("Bắc Ninh")?.name).toBe("Tỉnh Bắc Ninh")
    expect(findProvince("Tỉnh Hải Dương")).toBeUndefined()
  })

  it("lists a province's communes and finds one by its name typed loosely", () => {
    const hanoi = findProvince("Thành phố Hà Nội")!
    expect(communesOf(hanoi).map((c) => c.name)).toContain("Phường Hai Bà Trưng")
    const haiPhong = findProvince("Thành phố Hải Phòng")!
    expect(findCommune(haiPhong, "xa thanh ha")?.name).toBe("Xã Thanh Hà")
    expect(findCommune(haiPhong, "Xã Không Có")).toBeUndefined()
    const code = findCommune(haiPhong, "Thanh Hà")!.code
    expect(communeByCode(code)?.province.name).toBe("Thành phố Hải Phòng")
  })

  it("hold every demo seller's commune in its province", () => {
    for (const seller of demo.sellers) {
      const province = findProvince(seller.province)
      expect(province, seller.province).toBeDefined()
      expect(findCommune(province!, seller.commune)?.name, `${seller.commune}, ${seller.province}`).toBe(seller.commune)
    }
  })

  it("keep the old provinces, among them the ones merged away", () => {
    expect(Object.keys(FORMER_UNITS)).toEqual(expect.arrayContaining(["Tỉnh Hải Dương", "Tỉnh Bắc Giang", "Tỉnh Hà Giang"]))
  })
})
