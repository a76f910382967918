import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import sellerOrderLink from "@nongsan/farmer-household/links/seller-order"
import { commissionOf, ruleFor, type CommissionRuleLike } from "../../lib/commission"
import { withholdingOptions } from "../../lib/plugin-options"
import { vietnamYearStart } from "../../lib/vietnam-time"
import { withholdingFor } from "../../lib/withholding"
import { SELLER_FINANCE_MODULE, type SellerFinanceModuleService } from "../../modules/seller-finance"

type Line = { id: string; product_id: string | null; quantity: number; total: number }

/**
 * Fixes a new seller order's charges: each line's commission under the rule in force now, and
 * the order's withholding under the rates in force now. Once per order: an order already
 * recorded (a redelivered order.placed) is left as it is.
 */
export const recordOrderChargesStep = createStep("record-order-charges", async (input: { order_id: string }, { container }) => {
  const finance = container.resolve<SellerFinanceModuleService>(SELLER_FINANCE_MODULE)
  const [done] = await finance.listOrderWithholdings({ order_id: input.order_id }, { take: 1 })
  if (done) return new StepResponse(null)

  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [link] } = await query.graph({
    entity: sellerOrderLink.entryPoint,
    fields: ["seller_id", "seller.type"],
    filters: { order_id: input.order_id },
  })
  if (!link) return new StepResponse(null) // not a marketplace order
  // The order module computes line totals only when an order total is asked for; items.* because
  // a bare items.quantity can come back NaN.
  const { data: [order] } = await query.graph({ entity: "order", fields: ["id", "total", "items.*"], filters: { id: input.order_id } })
  const lines: Line[] = (order?.items ?? []).map((i: any) => ({
    id: i.id,
    product_id: i.product_id ?? null,
    quantity: Number(i.quantity),
    total: Number(i.total),
  }))
  const productIds = [...new Set(lines.map((l) => l.product_id).filter((id): id is string => !!id))]
  const { data: products } = productIds.length
    ? await query.graph({ entity: "product", fields: ["id", "categories.id"], filters: { id: productIds } })
    : { data: [] }
  const categoriesOf = new Map(products.map((p: any) => [p.id, (p.categories ?? []).map((c: any) => c.id as string)]))

  const rules = (await finance.listCommissionRules({}, { take: null })) as unknown as CommissionRuleLike[]
  const commissions = lines.map((l) => {
    const sold = { seller_id: link.seller_id, category_ids: categoriesOf.get(l.product_id ?? "") ?? [], quantity: l.quantity, total: l.total }
    const rule = ruleFor(rules, sold)
    return {
      line_item_id: l.id,
      order_id: input.order_id,
      seller_id: link.seller_id,
      rule_id: rule?.id ?? null,
      rule_scope: rule?.scope ?? ("none" as const),
      rule_kind: rule?.kind ?? null,
      rate_bp: rule?.kind === "percentage" ? rule.rate_bp : null,
      fixed_amount: rule?.kind === "fixed" ? rule.fixed_amount : null,
      quantity: l.quantity,
      line_total: l.total,
      amount: commissionOf(rule, sold),
    }
  })

  const base = lines.reduce((n, l) => n + l.total, 0)
  const thisYear = await finance.listOrderWithholdings(
    { seller_id: link.seller_id, created_at: { $gte: vietnamYearStart(new Date()) } },
    { select: ["base_amount"], take: null },
  )
  const seller_type = link.seller?.type ?? "household"
  const withholding = withholdingFor(withholdingOptions(container), {
    seller_type,
    base,
    revenue_this_year_before: thisYear.reduce((n, w) => n + Number(w.base_amount), 0),
  })

  const created = await finance.createOrderLineCommissions(commissions)
  const recorded = await finance.createOrderWithholdings({
    order_id: input.order_id,
    seller_id: link.seller_id,
    seller_type,
    base_amount: base,
    ...withholding,
  })
  return new StepResponse(null, { line_ids: created.map((c) => c.id), withholding_id: recorded.id })
}, async (made, { container }) => {
  if (!made) return
  const finance = container.resolve<SellerFinanceModuleService>(SELLER_FINANCE_MODULE)
  await finance.deleteOrderLineCommissions(made.line_ids)
  await finance.deleteOrderWithholdings(made.withholding_id)
})
