import { describe, expect, it } from "vitest"
import { decodeEmvco } from "../decode.ts"
import { encodeVietQr } from "../vietqr.ts"
import { DESIGN_EXAMPLE, SGQR_GO_STATIC, VIETNAM_QR_PAY_VIETQR, VIETQR_IO_SAMPLE } from "./fixtures.ts"
import { qrErrorOf } from "./qr-error.ts"

describe("encodeVietQr reproduces other encoders byte for byte", () => {
  it("the DESIGN.md static poster", () => {
    expect(encodeVietQr({ bin: "970416", account: "257678859" })).toBe(DESIGN_EXAMPLE)
  })

  it("VietQR.io's generator, with amount and purpose", () => {
    expect(
      encodeVietQr({ bin: "970415", account: "113366668888", amountVnd: 79_000, purpose: "Ung Ho Quy Vac Xin" }),
    ).toBe(VIETQR_IO_SAMPLE)
  })

  it("sgqr-go's static code", () => {
    expect(encodeVietQr({ bin: "970415", account: "113366668888" })).toBe(SGQR_GO_STATIC)
  })

  it("vietnam-qr-pay's dynamic code", () => {
    expect(encodeVietQr({ bin: "970416", account: "257678859", amountVnd: 1000, purpose: "Chuyen tien" })).toBe(
      VIETNAM_QR_PAY_VIETQR,
    )
  })
})

describe("encodeVietQr", () => {
  it("round-trips through the decoder", () => {
    const payload = encodeVietQr({ bin: "970436", account: "0011001800879", amountVnd: 250_000, purpose: "Vải thiều đơn 42" })
    const decoded = decodeEmvco(payload)
    expect(decoded.initiation).toBe("dynamic")
    expect(decoded.currency).toBe("704")
    expect(decoded.countryCode).toBe("VN")
    expect(decoded.vietqr).toEqual({
      bin: "970436",
      account: "0011001800879",
      serviceCode: "QRIBFTTA",
      service: "account",
      amountVnd: 250_000,
      purpose: "Vai thieu don 42",
    })
  })

  it("marks a code without amount static, and one with an amount dynamic", () => {
    expect(decodeEmvco(encodeVietQr({ bin: "970416", account: "257678859", purpose: "Sap 12" })).initiation).toBe("static")
    expect(decodeEmvco(encodeVietQr({ bin: "970416", account: "257678859", amountVnd: 1 })).initiation).toBe("dynamic")
  })

  it("addresses a card with QRIBFTTC", () => {
    const payload = encodeVietQr({ bin: "970436", account: "9704360012345678", service: "card" })
    expect(payload).toContain("0208QRIBFTTC")
    expect(decodeEmvco(payload).vietqr).toMatchObject({ service: "card", account: "9704360012345678" })
  })

  it("folds the purpose's diacritics", () => {
    const payload = encodeVietQr({ bin: "970416", account: "257678859", purpose: "Thanh toán đơn hàng" })
    expect(payload).toContain("0819Thanh toan don hang")
  })

  it("accepts the largest amounts: 13 digits", () => {
    expect(decodeEmvco(encodeVietQr({ bin: "970416", account: "1", amountVnd: 9_999_999_999_999 })).amount).toBe(
      "9999999999999",
    )
  })

  it("accepts a 25-character purpose and a 19-character account", () => {
    const purpose = "x".repeat(25)
    const decoded = decodeEmvco(encodeVietQr({ bin: "970416", account: "A".repeat(19), purpose }))
    expect(decoded.vietqr?.purpose).toBe(purpose)
  })
})

describe("encodeVietQr refuses", () => {
  const base = { bin: "970416", account: "257678859" }

  it("amounts that are not positive whole dong", () => {
    for (const amountVnd of [0, -1000, 79_000.5, Number.NaN, Number.POSITIVE_INFINITY]) {
      const error = qrErrorOf(() => encodeVietQr({ ...base, amountVnd }))
      expect(error.code).toBe("amount_invalid")
      expect(error.message).toBe("Số tiền phải là số nguyên dương / Amount must be a positive integer")
    }
  })

  it("amounts of 14 digits", () => {
    expect(qrErrorOf(() => encodeVietQr({ ...base, amountVnd: 10_000_000_000_000 })).code).toBe("amount_too_long")
  })

  it("a BIN that is not six digits", () => {
    for (const bin of ["97041", "9704166", "97041a", "", " 970416"]) {
      expect(qrErrorOf(() => encodeVietQr({ ...base, bin })).code).toBe("bin_invalid")
    }
  })

  it("account numbers that are empty, too long or not letters and digits", () => {
    for (const account of ["", "1".repeat(20), "2576-788", "257 678", "tài123"]) {
      expect(qrErrorOf(() => encodeVietQr({ ...base, account })).code).toBe("account_invalid")
    }
  })

  it("card numbers with letters", () => {
    expect(qrErrorOf(() => encodeVietQr({ ...base, account: "9704AB", service: "card" })).code).toBe("account_invalid")
  })

  it("a purpose longer than 25 characters after folding", () => {
    const error = qrErrorOf(() => encodeVietQr({ ...base, purpose: "Thanh toán đơn hàng số 12345" }))
    expect(error.code).toBe("text_too_long")
    expect(error.messageEn).toBe("Purpose must be at most 25 characters (got 28)")
  })

  it("a purpose with characters that have no ASCII form, or nothing in it", () => {
    expect(qrErrorOf(() => encodeVietQr({ ...base, purpose: "Vải 🍒" })).code).toBe("text_not_ascii")
    expect(qrErrorOf(() => encodeVietQr({ ...base, purpose: "荔枝" })).code).toBe("text_not_ascii")
    expect(qrErrorOf(() => encodeVietQr({ ...base, purpose: "   " })).code).toBe("text_empty")
  })
})
