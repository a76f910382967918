import { describe, expect, it } from "vitest"
import { checkoutAddress, formFromCart, splitVietnameseName, validateCheckout, type CheckoutForm } from "./checkout-form"

const PROVINCES = ["Thành phố Hà Nội", "Tỉnh Thái Nguyên"]
const HANOI_COMMUNES = ["Phường Ba Đình", "Phường Hai Bà Trưng"]
const good: CheckoutForm = {
  fullName: "Trần Thị Lan",
  phone: "0912 345 678",
  email: "lan@example.com",
  province: "Thành phố Hà Nội",
  commune: "Phường Hai Bà Trưng",
  street: "12 Phố Huế",
}

describe("validateCheckout", () => {
  it("accepts a complete Vietnamese address", () => {
    expect(validateCheckout(good, PROVINCES, HANOI_COMMUNES)).toEqual({})
  })

  it("names each missing or wrong field", () => {
    expect(validateCheckout({ fullName: " ", phone: "", email: "", province: "Hải Dương", commune: "", street: " " }, PROVINCES, [])).toEqual({
      fullName: "checkout.validation.fullName",
      phone: "checkout.validation.phoneRequired",
      email: "checkout.validation.emailRequired",
      province: "checkout.validation.province",
      commune: "checkout.validation.commune",
      street: "checkout.validation.street",
    })
  })

  it("tells a wrong phone or email apart from a missing one", () => {
    const errors = validateCheckout({ ...good, phone: "12345", email: "lan@" }, PROVINCES, HANOI_COMMUNES)
    expect(errors).toEqual({ phone: "checkout.validation.phone", email: "checkout.validation.email" })
  })

  it("wants a commune of the chosen province once its list is known", () => {
    expect(validateCheckout({ ...good, commune: "Xã Thanh Hà" }, PROVINCES, HANOI_COMMUNES)).toEqual({ commune: "checkout.validation.communeUnknown" })
    expect(validateCheckout({ ...good, commune: "Xã Thanh Hà" }, PROVINCES, [])).toEqual({})
  })
})

describe("splitVietnameseName", () => {
  it("puts the family name (first word) in last_name", () => {
    expect(splitVietnameseName(" Trần  Thị Lan ")).toEqual({ first_name: "Thị Lan", last_name: "Trần" })
    expect(splitVietnameseName("Lan")).toEqual({ first_name: "Lan", last_name: "" })
  })
})

describe("checkoutAddress and formFromCart", () => {
  it("turn the form into Medusa's address and back", () => {
    const address = checkoutAddress(good)
    expect(address).toEqual({
      first_name: "Thị Lan",
      last_name: "Trần",
      phone: "+84912345678",
      address_1: "12 Phố Huế",
      city: "Phường Hai Bà Trưng",
      province: "Thành phố Hà Nội",
      country_code: "vn",
    })
    expect(formFromCart(good.email, address)).toEqual(good)
  })

  it("is empty for a new cart", () => {
    expect(formFromCart(null, null)).toEqual({ fullName: "", phone: "", email: "", province: "", commune: "", street: "" })
  })
})
