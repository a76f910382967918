import { describe, expect, it } from "vitest"
import { findMemo, findTransferMemo, newMemo, newTransferMemo } from "../memo"
import { signNotification, verifyNotification } from "../signature"

describe("transfer memos", () => {
  it("fit VietQR's 25-character purpose and are unambiguous", () => {
    const memos = new Set(Array.from({ length: 500 }, newTransferMemo))
    expect(memos.size).toBe(500)
    for (const memo of memos) expect(memo).toMatch(/^NSV[0-9A-HJKMNP-TV-Z]{8}$/)
  })

  it("are found in a bank's rewritten statement text", () => {
    expect(findTransferMemo("MBVCB.3214.nsv7k3m 9q2p.Trần Thị Lan chuyển tiền")).toBe("NSV7K3M9Q2P")
    expect(findTransferMemo("IBFT NSV-7K3M-9Q2P")).toBe("NSV7K3M9Q2P")
    expect(findTransferMemo("ủng hộ đồng bào")).toBeNull()
    expect(findTransferMemo("NSV7K3M9Q2")).toBeNull()
  })
})

describe("bank notification signatures", () => {
  it("verify the exact body only", () => {
    const body = '{"id":"FT1","amount":45000}'
    const signature = signNotification(body, "s")
    expect(verifyNotification(Buffer.from(body), signature, "s")).toBe(true)
    expect(verifyNotification(body.replace("45000", "45001"), signature, "s")).toBe(false)
    expect(verifyNotification(body, signature, "other")).toBe(false)
    expect(verifyNotification(body, undefined, "s")).toBe(false)
    expect(verifyNotification(body, "zz", "s")).toBe(false)
  })
})

describe("sale memos at a market stall", () => {
  it("have their own prefix, so a checkout memo is never taken for a sale", () => {
    expect(newMemo("sale")).toMatch(/^NSQ[0-9A-HJKMNP-TV-Z]{8}$/)
    expect(findMemo("sale", "CT tu 0912 nsq7k3m-9q2p rau muong")).toBe("NSQ7K3M9Q2P")
    expect(findMemo("sale", "NSV7K3M9Q2P")).toBeNull()
    expect(findTransferMemo("NSQ7K3M9Q2P")).toBeNull()
  })
})
