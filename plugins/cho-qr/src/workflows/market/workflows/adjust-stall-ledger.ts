import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { STALL_LEDGER_ENTRY_CREATED } from "../events"
import { createLedgerEntryStep } from "../steps/create-ledger-entry"

export type LedgerAdjustment = { stall_id: string; kind: "refund" | "correction"; amount: number; reason: string }

/**
 * An operator's refund (money given back: always takes away) or correction (either way) with
 * its reason, booked today and pushed to the vendor's screen like a payment.
 */
export const adjustStallLedgerWorkflow = createWorkflow("adjust-stall-ledger", (input: LedgerAdjustment) => {
  const entry = createLedgerEntryStep(
    transform({ input }, ({ input }) => ({
      stall_id: input.stall_id,
      kind: input.kind,
      amount: input.kind === "refund" ? -Math.abs(input.amount) : input.amount,
      description: input.reason,
      occurred_at: new Date().toISOString(),
    })),
  )
  emitEventStep({ eventName: STALL_LEDGER_ENTRY_CREATED, data: transform({ entry }, ({ entry }) => ({ id: entry.id, stall_id: entry.stall_id })) })
  return new WorkflowResponse(entry)
})
