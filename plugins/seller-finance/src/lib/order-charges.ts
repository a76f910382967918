import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { SELLER_FINANCE_MODULE, type SellerFinanceModuleService } from "../modules/seller-finance"
import type { OrderCharges } from "./order-entries"

type Resolver = { resolve: <T>(key: string) => T }

/** A seller order's total and the charges recorded when it was placed; null for an order without them. */
export async function loadOrderCharges(container: Resolver, orderId: string): Promise<OrderCharges | null> {
  const finance = container.resolve<SellerFinanceModuleService>(SELLER_FINANCE_MODULE)
  const [withholding] = await finance.listOrderWithholdings({ order_id: orderId }, { take: 1 })
  if (!withholding) return null
  const lines = await finance.listOrderLineCommissions({ order_id: orderId }, { select: ["amount"], take: null })
  const query = container.resolve<{ graph: (q: object) => Promise<{ data: any[] }> }>(ContainerRegistrationKeys.QUERY)
  const { data: [order] } = await query.graph({ entity: "order", fields: ["id", "total"], filters: { id: orderId } })
  return {
    order_id: orderId,
    seller_id: withholding.seller_id,
    total: Number(order?.total ?? 0),
    commission: lines.reduce((n, l) => n + Number(l.amount), 0),
    tax_base: Number(withholding.base_amount),
    vat: Number(withholding.vat_amount),
    pit: Number(withholding.pit_amount),
  }
}
