import type { IPaymentModuleService } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { randomBytes } from "node:crypto"
import { requireVnpayOptions, VNPAY_PROVIDER_ID } from "../../../lib/plugin-options"
import { reconcileWithQueryDr, type Reconciliation } from "../../../lib/reconcile"
import { callVnpayApi } from "../../../lib/vnpay-api"
import { sessionIdOfTxnRef, type VnpaySessionData } from "../../../lib/vnpay-session"
import { buildQueryDrRequest, verifyQueryDrResponse, type IpnOutcome } from "../../../lib/vnpay"

type Session = { id: string; amount: number; currency_code: string; data: VnpaySessionData; payment_collection_id: string }

/** "settled": an answer was already recorded (IPN or an earlier check), nothing to ask. */
export type VnpayQueryResult = {
  kind: Reconciliation["kind"] | "settled"
  reason: string | null
  outcome: IpnOutcome | null
  session: Session | null
  /** The workflow that completes a paid cart (plugin options). */
  workflow_id: string
}

const result = (workflowId: string, kind: VnpayQueryResult["kind"], extra: Partial<VnpayQueryResult> = {}) =>
  new StepResponse<VnpayQueryResult>({ kind, reason: null, outcome: null, session: null, workflow_id: workflowId, ...extra })

/** Asks VNPay (querydr, answer signature checked) about a payment we have no confirmed answer for. */
export const queryVnpayPaymentStep = createStep("query-vnpay-payment", async (input: { txn_ref: string }, { container }) => {
  const options = requireVnpayOptions(container)
  const [session] = await container
    .resolve<IPaymentModuleService>(Modules.PAYMENT)
    .listPaymentSessions(
      { id: sessionIdOfTxnRef(input.txn_ref), provider_id: VNPAY_PROVIDER_ID },
      { select: ["id", "amount", "currency_code", "data", "authorized_at", "payment_collection_id"] },
    )
  if (!session) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Không tìm thấy giao dịch VNPay ${input.txn_ref} / VNPay transaction not found`)
  const data = session.data as unknown as VnpaySessionData
  const own = { id: session.id, amount: Number(session.amount), currency_code: session.currency_code, data, payment_collection_id: session.payment_collection_id }
  // Paid as recorded, never authorized: the completion that followed the record was cut off by a
  // killed process (a failed one undoes the record). VNPay has said paid; finish the completion.
  if (!session.authorized_at && data.ipn?.paid) return result(options.completeCartWorkflowId, "paid", { outcome: data.ipn, session: own })
  if (session.authorized_at || data.ipn) return result(options.completeCartWorkflowId, "settled")
  const answer = await callVnpayApi(
    options.apiUrl,
    buildQueryDrRequest({
      tmnCode: options.tmnCode,
      secret: options.hashSecret,
      requestId: randomBytes(16).toString("hex"),
      txnRef: data.txn_ref,
      transactionDate: new Date(data.created_at),
      orderInfo: `Kiem tra giao dich ${data.txn_ref}`,
      createDate: new Date(),
      ipAddr: options.serverIp,
    }),
  )
  if (!verifyQueryDrResponse(answer, options.hashSecret)) {
    return result(options.completeCartWorkflowId, "unresolved", { reason: "querydr answer has an invalid signature" })
  }
  const reconciliation = reconcileWithQueryDr(answer, data)
  return result(options.completeCartWorkflowId, reconciliation.kind, {
    reason: reconciliation.kind === "unresolved" ? reconciliation.reason : null,
    outcome: reconciliation.kind === "unresolved" ? null : reconciliation.outcome,
    session: own,
  })
})
