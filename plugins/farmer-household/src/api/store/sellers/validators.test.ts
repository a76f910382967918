import { describe, expect, it } from "vitest"
import { RegisterSellerSchema } from "./validators"
import { UpdateSellerProfileSchema } from "../../seller/me/validators"

const registration = { name: "Hộ bà Lan", representative_name: "Trần Thị Lan", phone: "0912 345 678", province: "Thành phố Hải Phòng" }

describe("a seller's province and commune", () => {
  it("keep a commune of the province under its official name", () => {
    expect(RegisterSellerSchema.parse({ ...registration, commune: "xa thanh ha" }).commune).toBe("Xã Thanh Hà")
    expect(UpdateSellerProfileSchema.parse({ province: "Thành phố Hải Phòng", commune: "Thanh Hà" }).commune).toBe("Xã Thanh Hà")
  })

  it("refuse, in Vietnamese and English, a commune the province does not have", () => {
    const result = RegisterSellerSchema.safeParse({ ...registration, commune: "Phường Hai Bà Trưng" })
    expect(result.success).toBe(false)
    expect(result.error!.issues).toEqual([
      expect.objectContaining({
        path: ["commune"],
        message: 'Thành phố Hải Phòng không có xã, phường, đặc khu "Phường Hai Bà Trưng" / Thành phố Hải Phòng has no commune, ward or special zone "Phường Hai Bà Trưng"',
      }),
    ])
  })

  it("leave a commune alone when the province is not in the same request", () => {
    expect(UpdateSellerProfileSchema.parse({ commune: "Xã Thanh Hà" }).commune).toBe("Xã Thanh Hà")
  })
})
