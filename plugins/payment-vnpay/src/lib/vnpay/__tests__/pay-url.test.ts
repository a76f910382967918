import { execFileSync } from "node:child_process"
import { fileURLToPath } from "node:url"
import { describe, expect, it } from "vitest"
import { VnpayError } from "../errors.ts"
import { buildPaymentUrl, type PaymentUrlInput } from "../pay-url.ts"
import { verifyParams } from "../sign.ts"

const input: PaymentUrlInput = {
  baseUrl: "https://sandbox.vnpayment.vn/paymentv2/vpcpay.html",
  tmnCode: "DEMOV210",
  secret: "test_secret",
  amountVnd: 79_000,
  txnRef: "payses_01JCXV8Q",
  orderInfo: "Thanh toán đơn hàng #1042: vải thiều",
  ipAddr: "203.113.131.2",
  returnUrl: "https://nongsan.example/vnpay/return",
  locale: "vn",
  createDate: new Date("2024-05-21T02:17:31.249Z"),
}

const queryOf = (url: string) => Object.fromEntries(new URL(url).searchParams)

function errorCode(overrides: Partial<PaymentUrlInput>) {
  try {
    buildPaymentUrl({ ...input, ...overrides })
  } catch (error) {
    if (error instanceof VnpayError) return error.code
    throw error
  }
  return "no error"
}

describe("buildPaymentUrl", () => {
  it("writes VNPay 2.1.0's parameters", () => {
    const url = buildPaymentUrl(input)
    expect(url.startsWith("https://sandbox.vnpayment.vn/paymentv2/vpcpay.html?vnp_Amount=7900000&")).toBe(true)
    const { vnp_SecureHash, ...params } = queryOf(url)
    expect(params).toEqual({
      vnp_Amount: "7900000",
      vnp_Command: "pay",
      vnp_CreateDate: "20240521091731",
      vnp_CurrCode: "VND",
      vnp_ExpireDate: "20240521093231",
      vnp_IpAddr: "203.113.131.2",
      vnp_Locale: "vn",
      vnp_OrderInfo: "Thanh toan don hang #1042: vai thieu",
      vnp_OrderType: "other",
      vnp_ReturnUrl: "https://nongsan.example/vnpay/return",
      vnp_TmnCode: "DEMOV210",
      vnp_TxnRef: "payses_01JCXV8Q",
      vnp_Version: "2.1.0",
    })
    expect(vnp_SecureHash).toMatch(/^[0-9a-f]{128}$/)
  })

  it("lists the parameters sorted, the hash last, and the hash verifies", () => {
    const url = buildPaymentUrl({ ...input, bankCode: "VNPAYQR", expireMinutes: 30 })
    const keys = [...new URL(url).searchParams.keys()]
    expect(keys.at(-1)).toBe("vnp_SecureHash")
    expect(keys.slice(0, -1)).toEqual([...keys.slice(0, -1)].sort())
    const query = queryOf(url)
    expect(query).toMatchObject({ vnp_BankCode: "VNPAYQR", vnp_ExpireDate: "20240521094731" })
    expect(verifyParams(query, "test_secret")).toBe(true)
    expect(verifyParams(query, "other_secret")).toBe(false)
  })

  it("writes its query exactly as URLSearchParams would, so no encoder reads it differently", () => {
    const url = new URL(buildPaymentUrl(input))
    expect(url.search.slice(1)).toBe(new URLSearchParams(url.searchParams).toString())
  })

  it("gives the same URL whatever the process time zone", () => {
    const module = fileURLToPath(new URL("../pay-url.ts", import.meta.url))
    const script = `import { buildPaymentUrl } from ${JSON.stringify(module)}
const input = JSON.parse(process.argv[1])
console.log(buildPaymentUrl({ ...input, createDate: new Date(input.createDate) }))`
    const run = (TZ: string) =>
      execFileSync(
        process.execPath,
        ["--disable-warning=MODULE_TYPELESS_PACKAGE_JSON", "--input-type=module", "-e", script, JSON.stringify(input)],
        { env: { ...process.env, TZ }, encoding: "utf8" },
      ).trim()
    const expected = buildPaymentUrl(input)
    expect(run("UTC")).toBe(expected)
    expect(run("America/New_York")).toBe(expected)
  })
})

describe("buildPaymentUrl refuses", () => {
  it("amounts outside VNPay's 5,000 to under 1,000,000,000 VND, or not whole", () => {
    expect(errorCode({ amountVnd: 4_999 })).toBe("amount_out_of_range")
    expect(errorCode({ amountVnd: 1_000_000_000 })).toBe("amount_out_of_range")
    expect(errorCode({ amountVnd: 5_000 })).toBe("no error")
    expect(errorCode({ amountVnd: 999_999_999 })).toBe("no error")
    expect(errorCode({ amountVnd: 79_000.5 })).toBe("amount_invalid")
    expect(errorCode({ amountVnd: -79_000 })).toBe("amount_invalid")
  })

  it("a txnRef with other characters than letters, digits, - and _, or too long", () => {
    for (const txnRef of ["", "order 42", "order#42", "đơn42", "x".repeat(101)]) {
      expect(errorCode({ txnRef })).toBe("txn_ref_invalid")
    }
  })

  it("a bank code VNPay does not route by", () => {
    expect(errorCode({ bankCode: "NCB" as "VNBANK" })).toBe("bank_code_invalid")
    expect(errorCode({ bankCode: "" })).toBe("no error")
  })

  it("order info with characters the encoders disagree on, no ASCII form, or over 255 characters", () => {
    for (const orderInfo of ["Don (42)", "Don 42!", "Vải 🍒", "  ", "x".repeat(256)]) {
      expect(errorCode({ orderInfo })).toBe("order_info_invalid")
    }
  })

  it("a bad IP, TmnCode, URL, locale or expiry", () => {
    expect(errorCode({ ipAddr: "localhost" })).toBe("ip_invalid")
    expect(errorCode({ ipAddr: "::1" })).toBe("no error")
    expect(errorCode({ tmnCode: "DEMO" })).toBe("tmn_code_invalid")
    expect(errorCode({ returnUrl: "nongsan.example/return" })).toBe("url_invalid")
    expect(errorCode({ returnUrl: "https://nongsan.example/return?order=1" })).toBe("url_invalid")
    expect(errorCode({ baseUrl: "ftp://sandbox.vnpayment.vn/" })).toBe("url_invalid")
    expect(errorCode({ locale: "vi" as "vn" })).toBe("locale_invalid")
    expect(errorCode({ expireMinutes: 0 })).toBe("expire_invalid")
    expect(errorCode({ createDate: new Date(Number.NaN) })).toBe("date_invalid")
  })

  it("with Vietnamese and English in the message", () => {
    expect(() => buildPaymentUrl({ ...input, amountVnd: 1_000 })).toThrow(
      "Số tiền phải từ 5.000 ₫ đến dưới 1 tỷ ₫ / Amount must be from 5000 VND to under 1,000,000,000 VND",
    )
  })
})
