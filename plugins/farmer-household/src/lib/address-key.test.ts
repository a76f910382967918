import { expect, it } from "vitest"
import { addressKeys, keysOverlap } from "./address-key"

const same = (a: string, b: string) => keysOverlap(addressKeys(a), addressKeys(b))

it("drops case, diacritics, đ and extra spaces; the unit word is optional", () => {
  expect(addressKeys("Thị trấn Thanh Hà")).toEqual(["thi tran thanh ha", "thanh ha"])
  expect(addressKeys("  thanh   ha ")).toEqual(["thanh ha"])
  expect(same("Thị trấn Thanh Hà", "TT. Thanh Hà")).toBe(true)
  expect(same("Đặc khu Phú Quốc", "phu quoc")).toBe(true)
  expect(same("Tỉnh Đắk Lắk", "Dak Lak")).toBe(true)
  expect(same("Thành phố Hồ Chí Minh", "TP Hồ Chí Minh")).toBe(true)
  expect(same("Xã Thanh Hà", "Xã Thanh Hải")).toBe(false)
})

it("treats both spellings of a tone mark and decomposed input alike", () => {
  expect(same("Hoà Bình", "Hòa Bình")).toBe(true)
  expect(same("Thanh Hóa".normalize("NFD"), "thanh hoa")).toBe(true)
})

it("keeps a name that looks like a unit word without its accents, and a ward's number", () => {
  expect(same("Xã Phương Độ", "Phuong Do")).toBe(true)
  expect(addressKeys("Phường 12")).toContain("12")
  expect(addressKeys("Xã Xuân Trường")).toContain("xuan truong")
  expect(same("Thị xã Sơn Tây", "son tay")).toBe(true)
})
