// VNPay IPN handling: real IPNs signed with the merchant secret, each for its own payment
// session, sent to /hooks/vnpay/ipn as VNPay's servers would; each one verifies the signature,
// authorizes and captures the payment and completes the cart into seller orders.
import { ipnFor } from "../../../plugins/payment-vnpay/integration-tests/vnpay-ipn-query.ts"
import type { Measurement } from "../context.ts"
import { readyCarts } from "../carts.ts"
import { BUDGETS, loadFigures } from "../figures.ts"
import { load } from "../load.ts"

const IPNS = 20

export const vnpayIpn: Measurement = {
  name: "vnpay-ipn",
  stack: "medusa",
  async run(ctx) {
    ctx.log(`preparing ${IPNS} VNPay payments …`)
    // Other products than cart-completion's, so the two never share a stock row.
    const carts = await readyCarts(ctx, IPNS, "pp_vnpay_vnpay", 100)
    // A VNPay transaction number of its own per IPN, as VNPay's would be.
    const ipns = carts.map((c, n) => {
      const transactionNo = String(14422574 + n)
      return ipnFor(new URL(c.session.data.pay_url as string), { vnp_TransactionNo: transactionNo, vnp_BankTranNo: `VNP${transactionNo}` }, ctx.secrets.vnpayHash)
    })
    const result = await load({ url: ctx.medusaUrl, requests: ipns.map((q) => ({ path: `/hooks/vnpay/ipn?${q}` })), amount: ipns.length, warmup: false })
    // Every IPN answers 200 with a RspCode: a repeat of the first must say "already confirmed".
    const again = await ctx.api(`/hooks/vnpay/ipn?${ipns[0]}`)
    if (again.body?.RspCode !== "02") throw new Error(`a repeated IPN answered ${JSON.stringify(again.body)}, not RspCode 02: the IPNs did not confirm`)
    return loadFigures("VNPay IPN (paid, completes the cart)", result, BUDGETS.paymentToScreenP95)
  },
}
