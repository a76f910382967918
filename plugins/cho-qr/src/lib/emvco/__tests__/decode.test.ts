import { describe, expect, it } from "vitest"
import { appendCrc } from "../crc16.ts"
import { decodeEmvco } from "../decode.ts"
import { DESIGN_EXAMPLE, MOMO_SANDBOX_VIETQR, VIETQR_IO_SAMPLE, VNPAY_QR_CELLPHONES } from "./fixtures.ts"
import { qrErrorOf } from "./qr-error.ts"

describe("decodeEmvco reads payloads from other encoders", () => {
  it("the DESIGN.md static poster", () => {
    const decoded = decodeEmvco(DESIGN_EXAMPLE)
    expect(decoded).toMatchObject({ payloadFormat: "01", initiation: "static", currency: "704", countryCode: "VN", crc: "AE9F" })
    expect(decoded.amount).toBeUndefined()
    expect(decoded.vietqr).toEqual({ bin: "970416", account: "257678859", serviceCode: "QRIBFTTA", service: "account" })
  })

  it("VietQR.io's dynamic code", () => {
    expect(decodeEmvco(VIETQR_IO_SAMPLE).vietqr).toEqual({
      bin: "970415",
      account: "113366668888",
      serviceCode: "QRIBFTTA",
      service: "account",
      amountVnd: 79_000,
      purpose: "Ung Ho Quy Vac Xin",
    })
  })

  it("MoMo's VietQR, which carries a second merchant account (26) and a reference label", () => {
    const decoded = decodeEmvco(MOMO_SANDBOX_VIETQR)
    expect(decoded.merchantAccounts.map((m) => [m.tag, m.guid])).toEqual([
      ["26", "vn.momo"],
      ["38", "A000000727"],
    ])
    expect(decoded.vietqr).toEqual({
      bin: "970454",
      account: "99MM25121O00000042",
      serviceCode: "QRIBFTTA",
      service: "account",
      amountVnd: 1000,
      purpose: "Thanh toan hop dong 19",
    })
    expect(decoded.additionalData).toEqual({ referenceLabel: "MMT5VjsnYzj97QR", purpose: "Thanh toan hop dong 19" })
  })

  it("a VNPAY-QR merchant code", () => {
    const decoded = decodeEmvco(VNPAY_QR_CELLPHONES)
    expect(decoded).toMatchObject({
      amount: "21090000",
      merchantName: "CELLPHONES",
      vnpayQr: { merchantId: "0105313144" },
      additionalData: {
        storeLabel: "CPSHN ONLINE",
        referenceLabel: "02190806161312785",
        terminalLabel: "ONLHN",
        purpose: "CellphoneS",
      },
    })
    expect(decoded.mcc).toBeUndefined()
    expect(decoded.vietqr).toBeUndefined()
  })

  it("keeps every data object in payload order", () => {
    expect(decodeEmvco(VIETQR_IO_SAMPLE).fields.map((f) => f.tag)).toEqual(["00", "01", "38", "53", "54", "58", "62", "63"])
  })

  it("accepts a lower-case CRC", () => {
    const lower = DESIGN_EXAMPLE.slice(0, -4) + DESIGN_EXAMPLE.slice(-4).toLowerCase()
    expect(decodeEmvco(lower).vietqr?.account).toBe("257678859")
  })
})

describe("decodeEmvco refuses", () => {
  it("a tampered CRC", () => {
    const error = qrErrorOf(() => decodeEmvco(DESIGN_EXAMPLE.slice(0, -4) + "AE9E"))
    expect(error.code).toBe("crc_mismatch")
    expect(error.messageEn).toBe("CRC mismatch: payload says AE9E, computed AE9F")
  })

  it("a tampered payload under its old CRC", () => {
    const tampered = VIETQR_IO_SAMPLE.replace("5405790005", "5405990005")
    expect(qrErrorOf(() => decodeEmvco(tampered)).code).toBe("crc_mismatch")
  })

  it("a truncated payload", () => {
    for (const cut of [VIETQR_IO_SAMPLE.slice(0, -2), VIETQR_IO_SAMPLE.slice(0, 50), "000"]) {
      expect(qrErrorOf(() => decodeEmvco(cut)).code).toBe("payload_truncated")
    }
  })

  it("a payload without its CRC", () => {
    expect(qrErrorOf(() => decodeEmvco(VIETQR_IO_SAMPLE.slice(0, -8))).code).toBe("crc_missing")
  })

  it("a wrong length, even under a CRC recomputed to match", () => {
    // 38 says 54 instead of 53: it swallows the "5" of tag 53, the rest is read from "3037…",
    // a tag 30 wanting 37 characters where 16 remain.
    const longer = DESIGN_EXAMPLE.slice(0, -8).replace("3853", "3854")
    expect(qrErrorOf(() => decodeEmvco(appendCrc(longer))).code).toBe("payload_truncated")
    // 38 says 52: its last character "A" starts the next header, "A530", which is no header.
    const shorter = DESIGN_EXAMPLE.slice(0, -8).replace("3853", "3852")
    expect(qrErrorOf(() => decodeEmvco(appendCrc(shorter))).code).toBe("payload_malformed")
  })

  it("a template whose inside is not data objects", () => {
    const body = "000201010211" + "3808" + "A0000007" + "5303704" + "5802VN"
    const error = qrErrorOf(() => decodeEmvco(appendCrc(body)))
    expect(error.code).toBe("template_malformed")
  })

  it("a NAPAS template without a beneficiary", () => {
    const body = "000201010211" + "38140010A000000727" + "5303704" + "5802VN"
    expect(qrErrorOf(() => decodeEmvco(appendCrc(body))).code).toBe("template_malformed")
  })

  it("a payload that does not start with 00, or is not TLV at all", () => {
    expect(qrErrorOf(() => decodeEmvco(appendCrc("010211" + "5303704"))).code).toBe("payload_malformed")
    expect(qrErrorOf(() => decodeEmvco("https://vietqr.io")).code).toBe("payload_malformed")
    expect(qrErrorOf(() => decodeEmvco("")).code).toBe("payload_malformed")
  })
})
