import { describe, expect, it } from "vitest"
import { decodeEmvco } from "../../emvco/index.ts"
import { businessDay } from "../business-day.ts"
import { ledgerCsv } from "../ledger-csv.ts"
import { saleStallPayload, staticStallPayload, vnpaySaleStallPayload } from "../stall-qr.ts"
import { normalizeVendorPhone } from "../vendor-phone.ts"

const stall = { bank_bin: "970436", account_number: "0491000123456" }

describe("market days", () => {
  it("are Vietnam's calendar days whatever the server's time zone", () => {
    expect(businessDay(new Date("2026-06-10T16:59:59Z"))).toBe("2026-06-10")
    expect(businessDay(new Date("2026-06-10T17:00:00Z"))).toBe("2026-06-11")
  })
})

describe("stall QR payloads", () => {
  it("are a static code for the poster and a dynamic one whose memo starts with the sale's code", () => {
    expect(decodeEmvco(staticStallPayload(stall))).toMatchObject({ initiation: "static", vietqr: { bin: "970436", account: "0491000123456" } })
    const sale = decodeEmvco(saleStallPayload(stall, { code: "NSQ7K3M9Q2P", amount: 79_000, note: "Vải thiều loại một, hai cân rưỡi" }))
    expect(sale).toMatchObject({ initiation: "dynamic", vietqr: { amountVnd: 79_000 } })
    expect(sale.vietqr!.purpose).toBe("NSQ7K3M9Q2P Vai thieu loa")
    expect(sale.vietqr!.purpose!.length).toBeLessThanOrEqual(25)
  })
})

describe("ledger CSV", () => {
  it("quotes text, keeps amounts numeric and defuses spreadsheet formulas", () => {
    const csv = ledgerCsv([
      { seq: 1, kind: "payment", amount: 45000, description: 'Lan, "rau"', sale_code: null, occurred_at: "2026-06-10T01:00:00.000Z", business_day: "2026-06-10" },
      { seq: 2, kind: "refund", amount: -5000, description: "=HYPERLINK(1)", sale_code: null, occurred_at: "2026-06-10T02:00:00.000Z", business_day: "2026-06-10" },
    ])
    const lines = csv.replace(/^\ufeff/, "").trim().split("\r\n")
    expect(lines[1]).toBe('2026-06-10,1,Thanh toán / payment,45000,"Lan, ""rau""",,2026-06-10T01:00:00.000Z')
    expect(lines[2]).toContain(",-5000,'=HYPERLINK(1),")
  })
})

describe("vendor phones", () => {
  it("take the form members' phones are stored in", () => {
    expect(normalizeVendorPhone("0912 345 678")).toBe("+84912345678")
    expect(normalizeVendorPhone("+84 912.345.678")).toBe("+84912345678")
    expect(normalizeVendorPhone("12345")).toBeNull()
  })
})

describe("a stall sale's VNPAY-QR", () => {
  const stall = { number: "A12", market: { name: "Chợ trung tâm Thanh Hà", province: "Thành phố Hải Phòng", vnpay_tmn_code: "CHOTHANHHA" } }

  it("names the market's terminal, the sale as bill number, and fits names to EMVCo's lengths", () => {
    const decoded = decodeEmvco(vnpaySaleStallPayload(stall, { code: "NSQ12345678", amount: 45_000, note: "Vải thiều loại 1 – 2 kg 🍒" }))
    expect(decoded).toMatchObject({
      initiation: "dynamic",
      amount: "45000",
      mcc: "5499",
      merchantName: "Quay A12 - Cho trung tam",
      merchantCity: "Hai Phong",
      vnpayQr: { merchantId: "CHOTHANHHA" },
      additionalData: { billNumber: "NSQ12345678", terminalLabel: "A12", purpose: "Vai thieu loai 1  2 kg" },
    })
  })

  it("leaves the purpose out when the note has nothing a QR can carry", () => {
    expect(decodeEmvco(vnpaySaleStallPayload(stall, { code: "NSQ12345678", amount: 1000, note: "🍒" })).additionalData?.purpose).toBeUndefined()
  })

  it("leaves the stall's label out when its number has nothing a QR can carry", () => {
    const decoded = decodeEmvco(vnpaySaleStallPayload({ ...stall, number: "🍒" }, { code: "NSQ12345678", amount: 1000 }))
    expect(decoded.additionalData).toMatchObject({ billNumber: "NSQ12345678" })
    expect(decoded.additionalData?.terminalLabel).toBeUndefined()
  })
})
