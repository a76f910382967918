import { expect } from "vitest"
import type { TestMedusa } from "../../../infra/src/testing/medusa.ts"
import { checkout, CHE } from "../../farmer-household/integration-tests/checkout-helpers.ts"
import { ipnFor, SECRET } from "./vnpay-ipn-query.ts"

export { ipnFor, SECRET }
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
