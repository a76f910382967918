import type { IPaymentModuleService, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules, PaymentSessionStatus } from "@medusajs/framework/utils"
import { vnpayOptions, VNPAY_PROVIDER_ID } from "../lib/plugin-options"
import { txnRefOfSession, type VnpaySessionData } from "../lib/vnpay-session"
import { reconcileVnpayPaymentWorkflow } from "../workflows/vnpay/workflows/reconcile-vnpay-payment"

// VNPay may still deliver an IPN a little after the pay URL expires; ask only after this.
const GRACE_MS = 5 * 60_000
// Older attempts were settled by earlier runs or need an operator; the scan stays small.
const LOOK_BACK_MS = 3 * 24 * 60 * 60_000

/**
 * Payments still pending after their pay URL expired: the IPN was lost or the buyer gave up.
 * Each is asked of VNPay (querydr) and settled; what VNPay cannot settle is logged for an
 * operator, who can also reconcile one payment at once from the admin API. Payments recorded
 * paid whose cart completion a killed process cut off (VNPay may have stopped retrying its IPN)
 * have their carts completed.
 */
export default async function reconcileVnpayPayments(container: MedusaContainer) {
  const options = vnpayOptions(container)
  if (!options) return
  const now = Date.now()
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const sessions = await container
    .resolve<IPaymentModuleService>(Modules.PAYMENT)
    .listPaymentSessions(
      {
        provider_id: VNPAY_PROVIDER_ID,
        created_at: {
          $gt: new Date(now - LOOK_BACK_MS).toISOString(),
          $lt: new Date(now - options.expireMinutes * 60_000 - GRACE_MS).toISOString(),
        },
      },
      { select: ["id", "status", "data", "authorized_at"], take: null },
    )
  const due = sessions.filter((s) => {
    const data = s.data as unknown as VnpaySessionData
    // A paid IPN recorded but never authorized: its completion was cut off by a killed process.
    if (data.ipn?.paid && !s.authorized_at) return true
    return s.status === PaymentSessionStatus.PENDING && !data.ipn && Date.parse(data.expires_at) + GRACE_MS < now
  })
  for (const session of due) {
    try {
      const { result } = await reconcileVnpayPaymentWorkflow(container).run({ input: { txn_ref: txnRefOfSession(session.id) } })
      if (result.kind === "unresolved") logger.warn(`VNPay payment ${result.txn_ref} needs an operator: ${result.reason}`)
    } catch (error) {
      logger.error(`VNPay reconciliation of ${session.id} failed: ${(error as Error).message}`)
    }
  }
}

export const config = { name: "reconcile-vnpay-payments", schedule: "*/5 * * * *" }
