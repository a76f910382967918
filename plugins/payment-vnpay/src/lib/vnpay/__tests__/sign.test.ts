import { describe, expect, it } from "vitest"
import { canonicalQuery, signParams, verifyParams } from "../sign.ts"
import { SECRET, VECTOR_DATA, VECTOR_HASH, VECTOR_QUERY } from "./design-vector.ts"

describe("signParams", () => {
  it("reproduces the DESIGN.md test vector", () => {
    expect(canonicalQuery(VECTOR_QUERY)).toBe(VECTOR_DATA)
    expect(signParams(VECTOR_QUERY, SECRET)).toBe(VECTOR_HASH)
  })

  it("sorts by key and leaves out the hash fields, empty values and non-vnp parameters", () => {
    const shuffled = Object.fromEntries(Object.entries(VECTOR_QUERY).reverse())
    expect(
      signParams(
        { ...shuffled, vnp_SecureHash: "x", vnp_SecureHashType: "HmacSHA512", vnp_Bill_Email: "", utm_source: "zalo" },
        SECRET,
      ),
    ).toBe(VECTOR_HASH)
  })

  it("encodes a space as + and everything else as encodeURIComponent does", () => {
    expect(canonicalQuery({ vnp_OrderInfo: "Don 42: vai/thieu #1", vnp_ReturnUrl: "https://shop.vn/r?a=1&b=2" })).toBe(
      "vnp_OrderInfo=Don+42%3A+vai%2Fthieu+%231&vnp_ReturnUrl=https%3A%2F%2Fshop.vn%2Fr%3Fa%3D1%26b%3D2",
    )
  })
})

describe("verifyParams", () => {
  const signed = { ...VECTOR_QUERY, vnp_SecureHash: VECTOR_HASH }

  it("accepts VNPay's query, whatever the case of the hex digits", () => {
    expect(verifyParams(signed, SECRET)).toBe(true)
    expect(verifyParams({ ...signed, vnp_SecureHash: VECTOR_HASH.toUpperCase() }, SECRET)).toBe(true)
  })

  it("accepts it with vnp_SecureHashType and parameters that are not VNPay's", () => {
    expect(verifyParams({ ...signed, vnp_SecureHashType: "HmacSHA512", fbclid: "abc" }, SECRET)).toBe(true)
  })

  it("refuses a changed value, another secret, a missing or malformed hash", () => {
    expect(verifyParams({ ...signed, vnp_Amount: "100000000" }, SECRET)).toBe(false)
    expect(verifyParams({ ...signed, vnp_ResponseCode: "24" }, SECRET)).toBe(false)
    expect(verifyParams(signed, "another_secret")).toBe(false)
    expect(verifyParams(VECTOR_QUERY, SECRET)).toBe(false)
    expect(verifyParams({ ...signed, vnp_SecureHash: VECTOR_HASH.slice(2) }, SECRET)).toBe(false)
    expect(verifyParams({ ...signed, vnp_SecureHash: `${VECTOR_HASH.slice(0, -1)}g` }, SECRET)).toBe(false)
  })

  it("refuses a parameter that arrived twice", () => {
    expect(verifyParams({ ...signed, vnp_Amount: ["1000000", "1"] }, SECRET)).toBe(false)
  })
})
