import { expect, it } from "vitest"
import { isUnknownCommune } from "./commune"

const HANOI = ["Phường Ba Đình", "Phường Hai Bà Trưng"]

it("refuses a name not in the province's list, once the list is known", () => {
  expect(isUnknownCommune("Xã Thanh Hà", HANOI)).toBe(true)
  expect(isUnknownCommune(" Phường Hai Bà Trưng ", HANOI)).toBe(false)
  expect(isUnknownCommune("Xã Thanh Hà", [])).toBe(false)
  expect(isUnknownCommune("  ", HANOI)).toBe(false)
  expect(isUnknownCommune("Phường Hai Bà Trưng".normalize("NFD"), HANOI)).toBe(false)
})
