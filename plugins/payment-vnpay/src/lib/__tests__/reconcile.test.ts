import { describe, expect, it } from "vitest"
import { reconcileWithQueryDr } from "../reconcile"
import type { VnpaySessionData } from "../vnpay-session"

const session = { txn_ref: "01JTXN", amount_vnd: 250_000 } as VnpaySessionData
const answer = (fields: Record<string, string>) => ({ vnp_ResponseCode: "00", vnp_Amount: "25000000", vnp_TransactionNo: "14422574", ...fields })

describe("settling a pending VNPay payment from querydr", () => {
  it("paid when VNPay reports the transaction successful for our amount", () => {
    expect(reconcileWithQueryDr(answer({ vnp_TransactionStatus: "00" }), session)).toMatchObject({
      kind: "paid",
      outcome: { txnRef: "01JTXN", paid: true, amountVnd: 250_000, transactionNo: "14422574" },
    })
  })

  it("failed when the transaction did not succeed or VNPay does not know it (91)", () => {
    expect(reconcileWithQueryDr(answer({ vnp_TransactionStatus: "02" }), session)).toMatchObject({ kind: "failed", outcome: { paid: false } })
    expect(reconcileWithQueryDr({ vnp_ResponseCode: "91" }, session)).toMatchObject({ kind: "failed", outcome: { paid: false } })
  })

  it("unresolved when VNPay could not answer, the amount differs or the transaction is not final", () => {
    expect(reconcileWithQueryDr(answer({ vnp_TransactionStatus: "01" }), session).kind).toBe("unresolved")
    expect(reconcileWithQueryDr(answer({ vnp_TransactionStatus: "07" }), session).kind).toBe("unresolved")
    expect(reconcileWithQueryDr({ vnp_ResponseCode: "99", vnp_Message: "busy" }, session)).toEqual({ kind: "unresolved", reason: "querydr answered 99: busy" })
    expect(reconcileWithQueryDr(answer({ vnp_TransactionStatus: "00", vnp_Amount: "24999900" }), session).kind).toBe("unresolved")
  })
})
