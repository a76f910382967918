import { describe, expect, it } from "vitest"
import { parseIpn, type IpnExpectation } from "../ipn.ts"
import { signParams } from "../sign.ts"
import { SECRET, VECTOR_HASH, VECTOR_QUERY } from "./design-vector.ts"

// The DESIGN.md vector as VNPay sends it: the fields and their signature.
const PAID_IPN = { ...VECTOR_QUERY, vnp_SecureHash: VECTOR_HASH }

/** The same IPN with some fields changed, signed again as VNPay would sign it. */
function ipn(changes: Record<string, string | undefined>) {
  const { vnp_SecureHash: _, ...fields } = PAID_IPN
  const query = { ...fields, ...changes }
  return { ...query, vnp_SecureHash: signParams(query, SECRET) }
}

const pending: IpnExpectation = { amountVnd: 10_000, status: "pending" }
const lookup = (order: IpnExpectation | null) => (txnRef: string) => (txnRef === "1716257871703" ? order : null)

describe("parseIpn answers VNPay", () => {
  it("00 and paid for a signed, successful payment of the right amount", () => {
    expect(parseIpn(PAID_IPN, SECRET, lookup(pending))).toEqual({
      response: { RspCode: "00", Message: "Confirm Success" },
      outcome: {
        txnRef: "1716257871703",
        paid: true,
        amountVnd: 10_000,
        responseCode: "00",
        transactionStatus: "00",
        transactionNo: "14422574",
        bankCode: "NCB",
        payDate: "20240521091806",
      },
    })
  })

  it("00 but not paid when the buyer cancelled, so VNPay stops retrying and the failure is recorded", () => {
    const decision = parseIpn(ipn({ vnp_ResponseCode: "24", vnp_TransactionStatus: "02" }), SECRET, lookup(pending))
    expect(decision.response.RspCode).toBe("00")
    expect(decision.outcome).toMatchObject({ paid: false, responseCode: "24", transactionStatus: "02" })
  })

  it("00 but not paid unless both codes are 00", () => {
    expect(parseIpn(ipn({ vnp_TransactionStatus: "01" }), SECRET, lookup(pending)).outcome?.paid).toBe(false)
    expect(parseIpn(ipn({ vnp_ResponseCode: "07" }), SECRET, lookup(pending)).outcome?.paid).toBe(false)
  })

  it("97 for a wrong or missing checksum, before looking anything up", () => {
    const noLookup = () => {
      throw new Error("must not be called")
    }
    expect(parseIpn({ ...PAID_IPN, vnp_Amount: "100000000" }, SECRET, noLookup).response).toEqual({
      RspCode: "97",
      Message: "Invalid Checksum",
    })
    const { vnp_SecureHash: _, ...unsigned } = PAID_IPN
    expect(parseIpn(unsigned, SECRET, noLookup).response.RspCode).toBe("97")
    expect(parseIpn(PAID_IPN, "another_secret", noLookup).response.RspCode).toBe("97")
  })

  it("01 when the order is not ours", () => {
    expect(parseIpn(PAID_IPN, SECRET, lookup(null)).response).toEqual({ RspCode: "01", Message: "Order not found" })
  })

  it("04 when the amount is not the order's", () => {
    const decision = parseIpn(PAID_IPN, SECRET, lookup({ amountVnd: 100_000, status: "pending" }))
    expect(decision).toEqual({ response: { RspCode: "04", Message: "Invalid amount" } })
  })

  it("02 when the order was already confirmed, paid or failed", () => {
    for (const status of ["paid", "failed"] as const) {
      expect(parseIpn(PAID_IPN, SECRET, lookup({ amountVnd: 10_000, status })).response).toEqual({
        RspCode: "02",
        Message: "Order already confirmed",
      })
    }
  })

  it("99 when the lookup fails or a signed query lacks what VNPay always sends", () => {
    const broken = () => {
      throw new Error("database down")
    }
    expect(parseIpn(PAID_IPN, SECRET, broken).response).toEqual({ RspCode: "99", Message: "Unknown error" })
    expect(parseIpn(ipn({ vnp_Amount: undefined }), SECRET, lookup(pending)).response.RspCode).toBe("99")
    expect(parseIpn(ipn({ vnp_TxnRef: undefined }), SECRET, lookup(pending)).response.RspCode).toBe("99")
  })
})
