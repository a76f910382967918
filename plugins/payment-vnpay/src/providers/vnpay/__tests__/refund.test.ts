import { createServer, type Server } from "node:http"
import type { AddressInfo } from "node:net"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { vnpayOptionsFromEnv, type VnpayOptions } from "../../../options"
import { answerSimulatedApi, settleSimulatedPayment } from "../../../lib/simulator/simulated-bank"
import type { VnpaySessionData } from "../../../lib/vnpay-session"
import { VnpayProviderService } from "../service"

const SECRET = "test_secret"

// VNPay's merchant API is played by the development simulator over real HTTP; `tamper` makes it
// answer with a broken signature, as a man in the middle would.
let tamper = false
let server: Server
let options: VnpayOptions

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = ""
    req.on("data", (chunk) => (body += chunk))
    req.on("end", () => {
      const answer = answerSimulatedApi(JSON.parse(body), SECRET)
      if (tamper) answer.vnp_Amount = "1"
      res.setHeader("content-type", "application/json")
      res.end(JSON.stringify(answer))
    })
  })
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
  const { port } = server.address() as AddressInfo
  options = { ...vnpayOptionsFromEnv({ VNPAY_HASH_SECRET: SECRET }, { backendUrl: "http://localhost:9000", storefrontUrl: "http://localhost:3000" })!, apiUrl: `http://127.0.0.1:${port}/` }
})
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

/** A session paid 250,000 ₫ on the simulated VNPay, as the IPN would have recorded it. */
async function paidSession(provider: VnpayProviderService): Promise<VnpaySessionData> {
  const { data } = await provider.initiatePayment({ amount: 250_000, currency_code: "vnd", data: { session_id: `payses_01JREFUND${Date.now()}`, ip_address: "203.0.113.7" } })
  const session = data as unknown as VnpaySessionData
  const ipn = settleSimulatedPayment(Object.fromEntries(new URL(session.pay_url).searchParams), "success", SECRET)
  return {
    ...session,
    ipn: {
      txnRef: session.txn_ref,
      paid: true,
      amountVnd: 250_000,
      responseCode: "00",
      transactionStatus: "00",
      transactionNo: String(ipn.vnp_TransactionNo),
      source: "ipn",
      received_at: new Date().toISOString(),
    },
  }
}

describe("VNPay refunds through the merchant API", () => {
  it("refunds part, then the rest, and refuses more than was paid", async () => {
    tamper = false
    const provider = new VnpayProviderService({}, options)
    let data = await paidSession(provider)
    data = (await provider.refundPayment({ amount: 50_000, data: data as never })).data as unknown as VnpaySessionData
    data = (await provider.refundPayment({ amount: 200_000, data: data as never })).data as unknown as VnpaySessionData
    expect(data.refunds!.map((r) => [r.type, r.amount_vnd])).toEqual([
      ["partial", 50_000],
      ["partial", 200_000],
    ])
    await expect(provider.refundPayment({ amount: 1, data: data as never })).rejects.toThrow(/VNPay từ chối hoàn tiền \(mã 03/)
  })

  it("asks for a full refund when the whole payment goes back at once", async () => {
    tamper = false
    const provider = new VnpayProviderService({}, options)
    const data = (await provider.refundPayment({ amount: 250_000, data: (await paidSession(provider)) as never })).data as unknown as VnpaySessionData
    expect(data.refunds!.map((r) => r.type)).toEqual(["full"])
  })

  it("rejects an answer whose signature does not match", async () => {
    tamper = true
    const provider = new VnpayProviderService({}, options)
    await expect(provider.refundPayment({ amount: 10_000, data: (await paidSession(provider)) as never })).rejects.toThrow(/invalid signature/)
  })

  it("refuses to refund a session VNPay never confirmed as paid", async () => {
    const provider = new VnpayProviderService({}, options)
    const { data } = await provider.initiatePayment({ amount: 250_000, currency_code: "vnd", data: { session_id: "payses_01JUNPAID", ip_address: "203.0.113.7" } })
    await expect(provider.refundPayment({ amount: 10_000, data })).rejects.toThrow(/đã thanh toán/)
  })
})
