import { describe, expect, it } from "vitest"
import { resolveAddress } from "./resolve-address"

const labels = (q: string) => resolveAddress(q).map((m) => m.label)

describe("resolveAddress: old addresses to the units in force since 1 July 2025", () => {
  it("Thanh Hà, Hải Dương → Xã Thanh Hà, Thành phố Hải Phòng", () => {
    const [match] = resolveAddress("Thanh Hà, Hải Dương")
    expect(match.label).toBe("Xã Thanh Hà, Thành phố Hải Phòng")
    expect(match.via).toBe("commune")
    expect(match.former).toEqual({ province: "Tỉnh Hải Dương", district: "Huyện Thanh Hà", commune: "Thị trấn Thanh Hà" })
  })

  it("is accent-insensitive and takes the unit words or not", () => {
    expect(labels("thanh ha, hai duong")[0]).toBe("Xã Thanh Hà, Thành phố Hải Phòng")
    expect(labels("Thị trấn Thanh Hà, Tỉnh Hải Dương")[0]).toBe("Xã Thanh Hà, Thành phố Hải Phòng")
  })

  it("a Hà Giang commune → Tuyên Quang", () => {
    expect(labels("Xã Phương Độ, Thành phố Hà Giang, Tỉnh Hà Giang")).toEqual(["Phường Hà Giang 1, Tỉnh Tuyên Quang"])
    // Without accents "Phuong" could be the ward word; the commune named Phương Độ is still found.
    expect(labels("Phuong Do, Ha Giang")).toEqual(["Phường Hà Giang 1, Tỉnh Tuyên Quang"])
    expect(labels("Hoàng Su Phì, Hà Giang")).toEqual(["Xã Hoàng Su Phì, Tỉnh Tuyên Quang"])
  })

  it("Lục Ngạn, Bắc Giang (a district) → its namesake commune, Xã Lục Ngạn, Tỉnh Bắc Ninh", () => {
    const [match, ...rest] = resolveAddress("Lục Ngạn, Bắc Giang")
    expect(match.label).toBe("Xã Lục Ngạn, Tỉnh Bắc Ninh")
    expect(match.via).toBe("district")
    expect(rest).toEqual([])
  })

  it("reads commune, district, province and ignores a street before them", () => {
    expect(labels("Thị trấn Thanh Hà, Huyện Thanh Hà, Tỉnh Hải Dương")).toEqual(["Xã Thanh Hà, Thành phố Hải Phòng"])
    expect(labels("Số 12 đường 390, Thanh Hà, Hải Dương")).toEqual(["Xã Thanh Hà, Thành phố Hải Phòng"])
    // Same province name before and after 2025: the old ward inside its district wins.
    expect(labels("Phường 12, Quận Gò Vấp, Thành phố Hồ Chí Minh")[0]).toBe("Phường An Hội Tây, Thành phố Hồ Chí Minh")
  })

  it("a district without a namesake commune offers every commune it went into", () => {
    expect(labels("Huyện Bù Đốp, Bình Phước")).toEqual([
      "Xã Hưng Phước, Tỉnh Đồng Nai",
      "Xã Thiện Hưng, Tỉnh Đồng Nai",
      "Xã Tân Tiến, Tỉnh Đồng Nai",
    ])
  })

  it("an address already in the new units answers itself first", () => {
    const [match] = resolveAddress("Xã Thanh Hà, Thành phố Hải Phòng")
    expect(match).toMatchObject({ label: "Xã Thanh Hà, Thành phố Hải Phòng", via: "current" })
    expect(labels("Số 5 Lê Duẩn, Phường Hai Bà Trưng, Hà Nội")[0]).toBe("Phường Hai Bà Trưng, Thành phố Hà Nội")
  })

  it("without a province searches the whole country, capped", () => {
    expect(labels("Lục Ngạn")).toContain("Xã Lục Ngạn, Tỉnh Bắc Ninh")
    expect(resolveAddress("Tân Tiến", 5).length).toBeLessThanOrEqual(5)
  })

  it("answers nothing for nonsense, an empty text or an unknown province", () => {
    expect(resolveAddress("")).toEqual([])
    expect(resolveAddress(" , , ")).toEqual([])
    expect(resolveAddress("Thanh Hà, Atlantis")).toEqual([])
    expect(resolveAddress("zzzz, Hải Dương")).toEqual([])
  })
})
