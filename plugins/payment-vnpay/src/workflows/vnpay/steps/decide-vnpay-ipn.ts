import type { IPaymentModuleService } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { requireVnpayOptions, VNPAY_PROVIDER_ID } from "../../../lib/plugin-options"
import { sessionIdOfTxnRef, vnpayStatus, type VnpaySessionData } from "../../../lib/vnpay-session"
import { ipnSaysPaid, parseIpn, type IpnDecision, type IpnExpectation } from "../../../lib/vnpay"

export type VnpayIpnPlan = IpnDecision & {
  /** The workflow that completes a paid cart (plugin options). */
  workflow_id: string
  /** Whether the cart is (again) completed: paid now, or paid and authorized before. */
  complete_cart: boolean
  session?: { id: string; amount: number; currency_code: string; data: VnpaySessionData; payment_collection_id: string }
}

/**
 * Reads our side of the IPN under the transaction's lock and lets parseIpn decide. A session
 * counts as confirmed once its payment is authorized (paid) or its failure recorded; a paid IPN
 * recorded earlier whose order creation then failed is still pending, so VNPay's retry finishes it.
 *
 * Authorized is not the same as ordered: the cart's completion authorizes the payment just before
 * its last step, so a process killed in between leaves a paid session whose orders are not
 * placed. A paid IPN answered 02 therefore completes the cart again too: the completion finishes
 * what was cut off, or, when the cart's orders are placed, returns them and writes nothing.
 */
export const decideVnpayIpnStep = createStep("decide-vnpay-ipn", async (query: Record<string, unknown>, { container }) => {
  const options = requireVnpayOptions(container)
  const payment = container.resolve<IPaymentModuleService>(Modules.PAYMENT)
  const txnRef = typeof query.vnp_TxnRef === "string" ? query.vnp_TxnRef : ""
  const [session] = txnRef
    ? await payment.listPaymentSessions(
        { id: sessionIdOfTxnRef(txnRef), provider_id: VNPAY_PROVIDER_ID },
        { select: ["id", "amount", "currency_code", "data", "status", "authorized_at", "payment_collection_id"] },
      )
    : []
  let expectation: IpnExpectation | null = null
  if (session) {
    const data = session.data as unknown as VnpaySessionData
    const status = vnpayStatus(data)
    expectation = {
      amountVnd: Number(session.amount),
      status: session.authorized_at ? "paid" : status === "failed" ? "failed" : "pending",
    }
  }
  const decision = parseIpn(query, options.hashSecret, () => expectation)
  const paidBefore = decision.response.RspCode === "02" && Boolean(session?.authorized_at) && ipnSaysPaid(query)
  const plan: VnpayIpnPlan = {
    ...decision,
    workflow_id: options.completeCartWorkflowId,
    complete_cart: Boolean(decision.outcome?.paid) || paidBefore,
    ...(decision.outcome || paidBefore
      ? {
          session: {
            id: session!.id,
            amount: Number(session!.amount),
            currency_code: session!.currency_code,
            data: session!.data as unknown as VnpaySessionData,
            payment_collection_id: session!.payment_collection_id,
          },
        }
      : {}),
  }
  return new StepResponse(plan)
})
