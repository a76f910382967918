import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

/** Adds keys to an order's metadata (accepted_at, carrier, cancel_reason); compensation restores it. */
export const mergeOrderMetadataStep = createStep(
  "merge-order-metadata",
  async (input: { order_id: string; metadata: Record<string, unknown> }, { container }) => {
    const orders = container.resolve(Modules.ORDER)
    const before = await orders.retrieveOrder(input.order_id, { select: ["id", "metadata"] })
    await orders.updateOrders([{ id: input.order_id, metadata: { ...(before.metadata ?? {}), ...input.metadata } }])
    return new StepResponse(input.order_id, { id: input.order_id, metadata: before.metadata ?? {} })
  },
  async (before, { container }) => {
    if (before) await container.resolve(Modules.ORDER).updateOrders([before])
  }
)
