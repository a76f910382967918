import type { IPaymentModuleService } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { VnpaySessionData } from "../../../lib/vnpay-session"
import type { IpnOutcome } from "../../../lib/vnpay"

type Input = {
  session: { id: string; amount: number; currency_code: string; data: VnpaySessionData }
  outcome: IpnOutcome
  source: "ipn" | "querydr"
}

/** Writes VNPay's confirmed answer onto the payment session, where authorization reads it. */
export const recordVnpayOutcomeStep = createStep(
  "record-vnpay-outcome",
  async ({ session, outcome, source }: Input, { container }) => {
    const payment = container.resolve<IPaymentModuleService>(Modules.PAYMENT)
    const data: VnpaySessionData = { ...session.data, ipn: { ...outcome, source, received_at: new Date().toISOString() } }
    await payment.updatePaymentSession({
      id: session.id,
      amount: session.amount,
      currency_code: session.currency_code,
      data: data as unknown as Record<string, unknown>,
    })
    return new StepResponse(undefined, session)
  },
  async (previous, { container }) => {
    if (!previous) return
    await container.resolve<IPaymentModuleService>(Modules.PAYMENT).updatePaymentSession({
      id: previous.id,
      amount: previous.amount,
      currency_code: previous.currency_code,
      data: previous.data as unknown as Record<string, unknown>,
    })
  },
)
