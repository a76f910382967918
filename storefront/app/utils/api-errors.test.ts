import { describe, expect, it } from "vitest"
import { issuesByField, localizedMessage, packErrors, storeErrorText } from "./api-errors"

describe("localizedMessage", () => {
  it("picks the half of a bilingual message for the page's language", () => {
    expect(localizedMessage("Số điện thoại không hợp lệ / Invalid phone number", "vi")).toBe("Số điện thoại không hợp lệ")
    expect(localizedMessage("Số điện thoại không hợp lệ / Invalid phone number", "en")).toBe("Invalid phone number")
  })
  it("keeps a one-language message whole", () => {
    expect(localizedMessage("Invalid email or password", "vi")).toBe("Invalid email or password")
  })
})

describe("issuesByField", () => {
  it("maps issues to their fields, first message wins", () => {
    const errors = issuesByField(
      [
        { path: "phone", message: "Số điện thoại không hợp lệ / Invalid phone number" },
        { path: "variants.0.price", message: "Giá tối thiểu 1.000 ₫ / Minimum price is 1,000 ₫" },
        { path: "variants.0.price", message: "Giá phải là số / Price must be a number" },
        { path: "", message: "Lỗi chung / General" },
      ],
      "vi"
    )
    expect(errors).toEqual({ phone: "Số điện thoại không hợp lệ", "variants.0.price": "Giá tối thiểu 1.000 ₫", _: "Lỗi chung" })
    expect(packErrors(errors, 0)).toEqual({ price: "Giá tối thiểu 1.000 ₫" })
    expect(packErrors(errors, 1)).toEqual({})
  })
})

describe("storeErrorText", () => {
  it("words Medusa's English stock error in the shop's language", () => {
    expect(storeErrorText({ status: 400, message: "Some variant does not have the required inventory" }, "vi")).toEqual({ key: "shop.errors.stock" })
  })
  it("keeps the backend's bilingual messages, in the page's language", () => {
    const error = { status: 400, message: "Chưa chọn cách thanh toán / No payment method chosen" }
    expect(storeErrorText(error, "en")).toEqual({ text: "No payment method chosen" })
  })
  it("says the network failed when there was no answer, and something went wrong otherwise", () => {
    expect(storeErrorText(new TypeError("fetch failed"), "vi")).toEqual({ key: "shop.errors.network" })
    expect(storeErrorText({ status: 500, message: "An unknown error occurred." }, "vi")).toEqual({ key: "shop.errors.unknown" })
  })
})
