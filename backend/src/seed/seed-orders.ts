import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  addShippingMethodToCartWorkflow,
  createCartWorkflow,
  createCustomerAccountWorkflow,
  createPaymentCollectionForCartWorkflow,
  createPaymentSessionsWorkflow,
  listShippingOptionsForCartWorkflow,
} from "@medusajs/medusa/core-flows"
import {
  acceptSellerOrderWorkflow,
  cancelSellerOrderWorkflow,
  completeCartIntoSellerOrdersWorkflow,
  deliverSellerOrderWorkflow,
  packSellerOrderWorkflow,
  shipSellerOrderWorkflow,
} from "@nongsan/farmer-household/workflows"
import { startBankTransferWorkflow } from "@nongsan/cho-qr/workflows/bank-transfer/workflows/start-bank-transfer"
import { confirmBankTransferWorkflow } from "@nongsan/cho-qr/workflows/bank-transfer/workflows/confirm-bank-transfer"
import type { SellerOrderStage } from "@nongsan/farmer-household/lib/seller-order-stage"
import type { DemoBuyer } from "./demo-data"
import type { SeedProgress } from "./seed-progress"

const BANK_TRANSFER = "pp_vietqr_vietqr"
const CASH_ON_DELIVERY = "pp_system_default"

type Container = ExecArgs["container"]
type DemoOrder = DemoBuyer["orders"][number]
// A cart item's seller, through the seller-product link (query.graph does not type link fields).
type ItemSeller = { variant?: { product?: { seller?: { shipping_profile?: { id: string } } } } } | null

/**
 * Buyers (customers who sign in with their e-mail and the demo password) and their purchases,
 * placed the way the storefront places them: cart, the first delivery option of each farm,
 * payment by cash on delivery or by bank transfer (confirmed as the operator does), completion
 * into one order per farm. Each farm's order is then taken to its stage by the farm's own
 * actions, so every state a seller's dashboard shows exists: new, accepted, packed, shipped,
 * delivered, cancelled. A purchase is known by its key in the cart's metadata: one already
 * placed is not placed again (nor moved on).
 */
export async function ensureBuyerOrders(container: Container, buyers: DemoBuyer[], password: string, progress: SeedProgress) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const providers = (await container.resolve(Modules.PAYMENT).listPaymentProviders({ is_enabled: true })).map((p) => p.id)
  let added = 0
  let existing = 0
  for (const buyer of buyers) {
    const customerId = await ensureBuyer(container, buyer, password)
    const { data: carts } = await query.graph({ entity: "cart", fields: ["id", "metadata", "completed_at"], filters: { customer_id: customerId } })
    for (const order of buyer.orders) {
      if (carts.some((c) => c.completed_at && c.metadata?.demo_order === order.key)) {
        existing += 1
        continue
      }
      if (order.payment === "bank-transfer" && !providers.includes(BANK_TRANSFER)) {
        progress.detail(`${order.key}: skipped, bank transfer is not configured in this environment`)
        continue
      }
      const stages = await placeOrder(container, buyer, customerId, order)
      progress.detail(`${buyer.email} ${order.key} (${order.payment === "cod" ? "COD" : "chuyển khoản, đã trả"}): ${stages.join(", ")}`)
      added += 1
    }
  }
  return { added, existing }
}

async function ensureBuyer(container: Container, buyer: DemoBuyer, password: string): Promise<string> {
  const [customer] = await container.resolve(Modules.CUSTOMER).listCustomers({ email: buyer.email, has_account: true })
  if (customer) return customer.id
  const auth = container.resolve(Modules.AUTH)
  const { authIdentity, error } = await auth.register("emailpass", { body: { email: buyer.email, password } })
  if (error || !authIdentity) throw new Error(`could not create the demo buyer ${buyer.email}: ${error}`)
  const { result } = await createCustomerAccountWorkflow(container).run({
    input: {
      authIdentityId: authIdentity.id,
      customerData: { email: buyer.email, first_name: buyer.first_name, last_name: buyer.last_name, phone: buyer.phone },
    },
  })
  return result.id
}

async function placeOrder(container: Container, buyer: DemoBuyer, customerId: string, order: DemoOrder) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: variants } = await query.graph({ entity: "product_variant", fields: ["id", "sku"], filters: { sku: Object.keys(order.items) } })
  const [region] = await container.resolve(Modules.REGION).listRegions({ currency_code: "vnd" })
  const address = { first_name: buyer.first_name, last_name: buyer.last_name, phone: buyer.phone, country_code: "vn", ...buyer.address }
  const { result: cart } = await createCartWorkflow(container).run({
    input: {
      region_id: region.id,
      customer_id: customerId,
      email: buyer.email,
      shipping_address: address,
      billing_address: address,
      metadata: { demo_order: order.key },
      items: Object.entries(order.items).map(([sku, quantity]) => ({ variant_id: variants.find((v) => v.sku === sku)!.id, quantity })),
    },
  })

  // One delivery per farm in the cart: the first option its shipping profile offers (the list
  // holds every farm's options, as GET /store/carts/:id/seller-shipping-options explains).
  const { data: [withSellers] } = await query.graph({
    entity: "cart",
    fields: ["items.variant.product.seller.shipping_profile.id"],
    filters: { id: cart.id },
  })
  const profiles = new Set((withSellers.items ?? []).map((i: unknown) => (i as ItemSeller)?.variant?.product?.seller?.shipping_profile?.id))
  const { result: options } = await listShippingOptionsForCartWorkflow(container).run({ input: { cart_id: cart.id } })
  const firstPerProfile = new Map<string, string>()
  for (const o of options) if (profiles.has(o.shipping_profile_id) && !firstPerProfile.has(o.shipping_profile_id)) firstPerProfile.set(o.shipping_profile_id, o.id)
  await addShippingMethodToCartWorkflow(container).run({ input: { cart_id: cart.id, options: [...firstPerProfile.values()].map((id) => ({ id })) } })

  const { result: collection } = await createPaymentCollectionForCartWorkflow(container).run({ input: { cart_id: cart.id } })
  if (order.payment === "cod") {
    await createPaymentSessionsWorkflow(container).run({ input: { payment_collection_id: collection.id, provider_id: CASH_ON_DELIVERY } })
  } else {
    const { result: session } = await startBankTransferWorkflow(container).run({ input: { payment_collection_id: collection.id, customer_id: customerId } })
    await confirmBankTransferWorkflow(container).run({ input: { memo: (session.data as { memo: string }).memo } })
  }
  const { result: group } = await completeCartIntoSellerOrdersWorkflow(container).run({ input: { cart_id: cart.id } })

  const { data: [placed] } = await query.graph({ entity: "order_group", fields: ["orders.id", "orders.seller.handle", "orders.seller.members.id"], filters: { id: group.id } })
  const reached: string[] = []
  for (const sellerOrder of placed.orders ?? []) {
    const handle = sellerOrder!.seller!.handle
    const stage = order.stages[handle] ?? "new"
    await moveTo(container, { order_id: sellerOrder!.id, member_id: sellerOrder!.seller!.members![0]!.id }, stage)
    reached.push(`${handle} ${stage}`)
  }
  return reached
}

/** The seller's actions, in the order a farm takes them, that bring a new order to `stage`. */
async function moveTo(container: Container, ids: { order_id: string; member_id: string }, stage: SellerOrderStage) {
  if (stage === "cancelled") {
    await cancelSellerOrderWorkflow(container).run({ input: { ...ids, reason: "Khách đổi ý, gọi điện hủy đơn" } })
    return
  }
  const path: SellerOrderStage[] = ["accepted", "packed", "shipped", "delivered"]
  for (const next of path.slice(0, path.indexOf(stage) + 1)) {
    if (next === "accepted") await acceptSellerOrderWorkflow(container).run({ input: ids })
    if (next === "packed") await packSellerOrderWorkflow(container).run({ input: ids })
    if (next === "shipped") {
      const tracking_number = `VTP${ids.order_id.slice(-8).toUpperCase()}`
      await shipSellerOrderWorkflow(container).run({ input: { ...ids, carrier: "Viettel Post", tracking_number } })
    }
    if (next === "delivered") await deliverSellerOrderWorkflow(container).run({ input: ids })
  }
}
