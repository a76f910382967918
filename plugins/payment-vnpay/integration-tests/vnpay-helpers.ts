import { expect } from "vitest"
import type { TestMedusa } from "../../../infra/src/testing/medusa.ts"
import { checkout, CHE } from "../../farmer-household/integration-tests/checkout-helpers.ts"
import { signParams, type VnpParams } from "../src/lib/vnpay/index.ts"

/** The secret the test Medusa signs with (its VNPay simulator is on, as in development). */
export const SECRET = "test_secret"
export const VNPAY = "pp_vnpay_vnpay"

/** A buyer with a one-seller cart ready to pay by VNPay. */
export async function vnpayBuyer(medusa: TestMedusa) {
  const buyer = await checkout(medusa)

  async function startPayment(data: Record<string, unknown> = {}) {
    const cartId = await buyer.cartWith({ "CTC-200G": 1 })
    await buyer.chooseShipping(cartId, { [CHE]: "Giao hàng tiêu chuẩn" })
    const session = await buyer.pay(cartId, VNPAY, data)
    return { cartId, session, payUrl: new URL(session.data.pay_url as string) }
  }

  return { ...buyer, startPayment }
}

/** The IPN VNPay would send for a pay URL: its reference and amount, the given result, signed. */
export function ipnFor(payUrl: URL, overrides: VnpParams = {}, secret = SECRET) {
  const params: VnpParams = {
    vnp_Amount: payUrl.searchParams.get("vnp_Amount")!,
    vnp_BankCode: "NCB",
    vnp_BankTranNo: "VNP14422574",
    vnp_CardType: "ATM",
    vnp_OrderInfo: payUrl.searchParams.get("vnp_OrderInfo")!,
    vnp_PayDate: "20261124091806",
    vnp_ResponseCode: "00",
    vnp_TmnCode: payUrl.searchParams.get("vnp_TmnCode")!,
    vnp_TransactionNo: "14422574",
    vnp_TransactionStatus: "00",
    vnp_TxnRef: payUrl.searchParams.get("vnp_TxnRef")!,
    ...overrides,
  }
  const query = new URLSearchParams(Object.entries(params).filter(([, v]) => v !== undefined) as [string, string][])
  query.set("vnp_SecureHash", signParams(params, secret))
  return query.toString()
}

/** The buyer on the simulator's page picks an outcome; returns where VNPay sends them back. */
export async function payOnSimulator(payUrl: URL, outcome: string) {
  const page = await fetch(payUrl)
  expect(page.status).toBe(200)
  const html = await page.text()
  expect(html).toContain("MÔ PHỎNG VNPay")
  const confirm = new URL(`${payUrl.origin}${payUrl.pathname}/confirm`)
  for (const [k, v] of payUrl.searchParams) confirm.searchParams.set(k, v)
  confirm.searchParams.set("outcome", outcome)
  const res = await fetch(confirm, { redirect: "manual" })
  expect(res.status).toBe(302)
  return new URL(res.headers.get("location")!)
}
