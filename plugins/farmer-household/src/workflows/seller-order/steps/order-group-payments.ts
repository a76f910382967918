import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

export type GroupPayment = { id: string; provider_id: string; captures: { id: string; amount: number }[]; refunds: { amount: number }[] }

/**
 * A seller order's total and the payments of its order group (the buyer pays the group once):
 * what cash-on-delivery captures and cancellation refunds work from.
 */
export async function loadOrderWithGroupPayments(container: { resolve: <T>(key: string) => T }, orderId: string) {
  const query = container.resolve<{ graph: (q: object) => Promise<{ data: unknown[] }> }>(ContainerRegistrationKeys.QUERY)
  const { data: [order] } = (await query.graph({
    entity: "order",
    fields: [
      "id",
      "total",
      "metadata",
      "order_group.payment_collection.payments.id",
      "order_group.payment_collection.payments.provider_id",
      "order_group.payment_collection.payments.captures.id",
      "order_group.payment_collection.payments.captures.amount",
      "order_group.payment_collection.payments.refunds.amount",
    ],
    filters: { id: orderId },
  })) as {
    data: { id: string; total: number; metadata?: Record<string, unknown> | null; order_group?: { payment_collection?: { payments?: GroupPayment[] } } }[]
  }
  return {
    total: Number(order?.total ?? 0),
    metadata: order?.metadata ?? {},
    payments: (order?.order_group?.payment_collection?.payments ?? []).map((p) => ({ ...p, captures: p.captures ?? [], refunds: p.refunds ?? [] })),
  }
}

export const sumAmounts = (rows: { amount: number }[]) => rows.reduce((total, r) => total + Number(r.amount), 0)

/**
 * The order metadata key holding what partial refunds (the operator's, from seller-finance) have
 * already given back of this order: a later cancellation refunds only the rest.
 */
export const PARTIAL_REFUNDS_KEY = "partial_refunds_amount"

export const partiallyRefunded = (metadata: Record<string, unknown>) => Number(metadata[PARTIAL_REFUNDS_KEY] ?? 0)
