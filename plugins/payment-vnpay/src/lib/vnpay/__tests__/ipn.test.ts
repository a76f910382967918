import { describe, expect, it } from "vitest"
import { parseIpn, type IpnExpectation } from "../ipn.ts"
import { signParams } from "../sign.ts"

const SECRET = "test_secret"

// shared/DESIGN.md's test vector, signed by VNPay's rules: a paid IPN for 10,000 VND.
const PAID_IPN = {
  vnp_Amount: "1000000",
  vnp_BankCode: "NCB",
  vnp_BankTranNo: "VNP14422574",
  vnp_CardType: "ATM",
  vnp_OrderInfo: "Thanh toan don hang 2024-05-21T02:17:31.249Z",
  vnp_PayDate: "20240521091806",
  vnp_ResponseCode: "00",
  vnp_TmnCode: "TEST_TMN_CODE",
  vnp_TransactionNo: "14422574",
  vnp_TransactionStatus: "00",
  vnp_TxnRef: "1716257871703",
  vnp_SecureHash:
    "649982421beb422556a1374713c74e58e716ecbd05007c0c0e1f7effdfaf361dbf146889ca446139afe11b9954c4d5c486e99e3b86fcfab6957f29eb0be72895",
}

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
