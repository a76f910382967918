import { describe, expect, it } from "vitest"
import { appendCrc } from "../crc16.ts"
import { decodeEmvco } from "../decode.ts"
import { encodeVnpayQr, type VnpayQrInput } from "../vnpay-qr.ts"
import { qrErrorOf } from "./qr-error.ts"

const stall: VnpayQrInput = {
  merchantId: "0105313144",
  merchantName: "Chợ Thanh Hà - Sạp 12",
  city: "Hải Phòng",
  mcc: "5499",
}

describe("encodeVnpayQr", () => {
  it("writes a static stall poster in EMVCo order", () => {
    expect(encodeVnpayQr(stall)).toBe(
      appendCrc(
        "000201010211" +
          "26280010A0000007750110" + "0105313144" +
          "52045499" +
          "5303704" +
          "5802VN" +
          "5921Cho Thanh Ha - Sap 12" +
          "6009Hai Phong",
      ),
    )
  })

  it("round-trips a dynamic sale through the decoder", () => {
    const decoded = decodeEmvco(
      encodeVnpayQr({
        ...stall,
        amountVnd: 79_000,
        billNumber: "S12-000231",
        storeLabel: "CHO THANH HA",
        referenceLabel: "ord_01JABC",
        terminalLabel: "SAP12",
        purpose: "Vải thiều 2 kg",
      }),
    )
    expect(decoded).toMatchObject({
      initiation: "dynamic",
      mcc: "5499",
      currency: "704",
      amount: "79000",
      countryCode: "VN",
      merchantName: "Cho Thanh Ha - Sap 12",
      merchantCity: "Hai Phong",
      additionalData: {
        billNumber: "S12-000231",
        storeLabel: "CHO THANH HA",
        referenceLabel: "ord_01JABC",
        terminalLabel: "SAP12",
        purpose: "Vai thieu 2 kg",
      },
      vnpayQr: { merchantId: "0105313144" },
    })
    expect(decoded.merchantAccounts).toEqual([
      {
        tag: "26",
        guid: "A000000775",
        fields: [
          { tag: "00", value: "A000000775" },
          { tag: "01", value: "0105313144" },
        ],
      },
    ])
    expect(decoded.vietqr).toBeUndefined()
  })
})

describe("encodeVnpayQr refuses", () => {
  it("a merchant id that is not 1–20 letters or digits", () => {
    for (const merchantId of ["", "x".repeat(21), "MC 01", "MC-01"]) {
      expect(qrErrorOf(() => encodeVnpayQr({ ...stall, merchantId })).code).toBe("merchant_id_invalid")
    }
  })

  it("an MCC that is not four digits", () => {
    for (const mcc of ["549", "54999", "54a9"]) {
      expect(qrErrorOf(() => encodeVnpayQr({ ...stall, mcc })).code).toBe("mcc_invalid")
    }
  })

  it("names over 25 and cities over 15 characters", () => {
    expect(qrErrorOf(() => encodeVnpayQr({ ...stall, merchantName: "Hợp tác xã Vải thiều Thanh Hà" })).messageEn).toBe(
      "Merchant name must be at most 25 characters (got 29)",
    )
    expect(qrErrorOf(() => encodeVnpayQr({ ...stall, city: "Thành phố Hải Phòng" })).code).toBe("text_too_long")
  })

  it("a bad amount", () => {
    expect(qrErrorOf(() => encodeVnpayQr({ ...stall, amountVnd: -5 })).code).toBe("amount_invalid")
  })

  it("additional data that no longer fits tag 62's 99 characters", () => {
    const full = "x".repeat(25)
    const error = qrErrorOf(() =>
      encodeVnpayQr({ ...stall, billNumber: full, storeLabel: full, terminalLabel: full, purpose: full }),
    )
    expect(error.code).toBe("template_too_long")
    expect(error.messageEn).toBe("Field 62 is longer than 99 characters")
  })
})
