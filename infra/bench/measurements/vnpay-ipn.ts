// VNPay IPN handling: real IPNs signed with the merchant secret, each for its own payment
// session, sent to /hooks/vnpay/ipn as VNPay's servers would; each one verifies the signature,
// authorizes and captures the payment and completes the cart into seller orders.
import { signParams, type VnpParams } from "@nongsan/payment-vnpay/vnpay"
import type { Measurement } from "../context.ts"
import { readyCarts } from "../carts.ts"
import { BUDGETS, loadFigures } from "../figures.ts"
import { load } from "../load.ts"

const IPNS = 20

/** The IPN VNPay sends after a successful payment at a pay URL. */
export function paidIpn(payUrl: URL, secret: string, n: number): string {
  const params: VnpParams = {
    vnp_Amount: payUrl.searchParams.get("vnp_Amount")!,
    vnp_BankCode: "NCB",
    vnp_BankTranNo: `VNP${14422574 + n}`,
    vnp_CardType: "ATM",
    vnp_OrderInfo: payUrl.searchParams.get("vnp_OrderInfo")!,
    vnp_PayDate: "20261124091806",
    vnp_ResponseCode: "00",
    vnp_TmnCode: payUrl.searchParams.get("vnp_TmnCode")!,
    vnp_TransactionNo: String(14422574 + n),
    vnp_TransactionStatus: "00",
    vnp_TxnRef: payUrl.searchParams.get("vnp_TxnRef")!,
  }
  const query = new URLSearchParams(params as Record<string, string>)
  query.set("vnp_SecureHash", signParams(params, secret))
  return query.toString()
}

export const vnpayIpn: Measurement = {
  name: "vnpay-ipn",
  stack: "medusa",
  async run(ctx) {
    ctx.log(`preparing ${IPNS} VNPay payments …`)
    // Other products than cart-completion's, so the two never share a stock row.
    const carts = await readyCarts(ctx, IPNS, "pp_vnpay_vnpay", 100)
    const ipns = carts.map((c, n) => paidIpn(new URL(c.session.data.pay_url as string), ctx.secrets.vnpayHash, n))
    const result = await load({ url: ctx.medusaUrl, requests: ipns.map((q) => ({ path: `/hooks/vnpay/ipn?${q}` })), amount: ipns.length, warmup: false })
    // Every IPN answers 200 with a RspCode: a repeat of the first must say "already confirmed".
    const again = await ctx.api(`/hooks/vnpay/ipn?${ipns[0]}`)
    if (again.body?.RspCode !== "02") throw new Error(`a repeated IPN answered ${JSON.stringify(again.body)}, not RspCode 02: the IPNs did not confirm`)
    return loadFigures("VNPay IPN (paid, completes the cart)", result, BUDGETS.paymentToScreenP95)
  },
}
