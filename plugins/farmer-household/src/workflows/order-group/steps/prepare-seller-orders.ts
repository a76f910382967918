import type { CreateOrderDTO } from "@medusajs/framework/types"
import { MedusaError, OrderStatus } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

type TaxLine = { description?: string | null; tax_rate_id?: string | null; code: string; rate: number; provider_id?: string | null; metadata?: Record<string, unknown> | null }
type Adjustment = { code?: string | null; amount: number; description?: string | null; promotion_id?: string | null; provider_id?: string | null; is_tax_inclusive?: boolean }
type Seller = { id: string; handle: string; name: string; shipping_profile?: { id: string } | null }

/** The cart as completeCartIntoSellerOrdersWorkflow queries it (see CART_FIELDS there). */
export type CartToSplit = {
  id: string
  email?: string | null
  currency_code: string
  locale?: string | null
  region_id?: string | null
  customer_id?: string | null
  sales_channel_id?: string | null
  completed_at?: Date | string | null
  metadata?: Record<string, unknown> | null
  shipping_address?: Record<string, unknown> | null
  billing_address?: Record<string, unknown> | null
  credit_lines?: unknown[] | null
  payment_collection?: { id: string; amount: number } | null
  items?: Array<
    Record<string, any> & {
      id: string
      title: string
      quantity: number
      unit_price: number
      requires_shipping: boolean
      tax_lines?: TaxLine[]
      adjustments?: Adjustment[]
      variant?: { id: string; product?: { id: string; shipping_profile?: { id: string } | null; seller?: Seller | null } | null } | null
    }
  >
  shipping_methods?: Array<{
    id: string
    name: string
    description?: string | null
    amount: number
    raw_amount?: unknown
    is_tax_inclusive?: boolean
    shipping_option_id?: string | null
    data?: Record<string, unknown> | null
    metadata?: Record<string, unknown> | null
    tax_lines?: TaxLine[]
    adjustments?: Adjustment[]
    shipping_option?: { shipping_profile_id?: string | null } | null
  }>
}

/** One order to create per seller; the order module does not promise to return them in this
 * order, so seller_by_product tells whose order is whose (a product has one seller). */
export type SellerOrderPlan = { orders: CreateOrderDTO[]; seller_by_product: Record<string, string> }

const invalid = (vi: string, en: string) => new MedusaError(MedusaError.Types.INVALID_DATA, `${vi} / ${en}`)

/**
 * Checks that the cart can be split and plans one order per seller: that seller's items and the
 * shipping method chosen for that seller's shipping profile. Writes nothing, so a refusal here
 * leaves nothing to undo.
 */
export const prepareSellerOrdersStep = createStep("prepare-seller-orders", async ({ cart }: { cart: CartToSplit }) => {
  if (cart.completed_at) throw invalid("Giỏ hàng này đã được đặt", "This cart has already been completed")
  const items = cart.items ?? []
  if (!items.length) throw invalid("Giỏ hàng trống", "The cart has no items")
  // Store credit would have to be shared out between seller orders; nothing here issues it yet.
  if (cart.credit_lines?.length) throw invalid("Chưa hỗ trợ trừ tiền tín dụng", "Credit lines are not supported")

  const sellers = new Map<string, { seller: Seller; items: typeof items }>()
  for (const item of items) {
    const product = item.variant?.product
    const seller = product?.seller
    if (!seller) throw invalid(`Sản phẩm «${item.title}» không thuộc người bán nào`, `«${item.title}» has no seller`)
    // Medusa matches shipping methods to items by shipping profile, so an item must ship under
    // its seller's profile for its seller's method to cover it.
    if (item.requires_shipping && (!seller.shipping_profile || product.shipping_profile?.id !== seller.shipping_profile.id)) {
      throw invalid(
        `Sản phẩm «${item.title}» không dùng hồ sơ giao hàng của người bán «${seller.name}»`,
        `«${item.title}» does not ship under the shipping profile of seller «${seller.name}»`
      )
    }
    const entry = sellers.get(seller.id) ?? { seller, items: [] }
    entry.items.push(item)
    sellers.set(seller.id, entry)
  }

  const methods = cart.shipping_methods ?? []
  const methodOf = (seller: Seller) => methods.find((m) => m.shipping_option?.shipping_profile_id === seller.shipping_profile?.id)
  const missing = [...sellers.values()].filter((s) => s.items.some((i) => i.requires_shipping) && !methodOf(s.seller))
  if (missing.length) {
    const names = missing.map((s) => `«${s.seller.name}»`).join(", ")
    throw invalid(`Chưa chọn cách giao hàng cho người bán ${names}`, `No shipping method chosen for seller ${names}`)
  }
  // A method nobody in the cart ships with would be paid for without belonging to any order.
  const profiles = new Set([...sellers.values()].map((s) => s.seller.shipping_profile?.id))
  const stray = methods.find((m) => !profiles.has(m.shipping_option?.shipping_profile_id ?? undefined))
  if (stray) {
    throw invalid(
      `Cách giao hàng «${stray.name}» không thuộc người bán nào trong giỏ; hãy chọn lại cách giao hàng`,
      `Shipping method «${stray.name}» belongs to no seller in the cart; choose delivery again`
    )
  }

  const address = (a?: Record<string, unknown> | null) => {
    if (!a) return undefined
    const { id: _id, ...rest } = a
    return rest
  }
  const plan: SellerOrderPlan = { orders: [], seller_by_product: {} }
  for (const { seller, items: own } of sellers.values()) {
    const method = methodOf(seller)
    const shippingMethods = method
      ? [
          {
            name: method.name,
            description: method.description ?? undefined,
            amount: (method.raw_amount ?? method.amount) as number,
            is_tax_inclusive: method.is_tax_inclusive,
            shipping_option_id: method.shipping_option_id ?? undefined,
            data: method.data ?? undefined,
            metadata: method.metadata ?? undefined,
            tax_lines: (method.tax_lines ?? []).map(taxLine),
            adjustments: (method.adjustments ?? []).map(adjustment),
          },
        ]
      : []
    const orderItems = own.map((item) => ({
      title: item.title,
      subtitle: item.subtitle,
      thumbnail: item.thumbnail,
      variant_id: item.variant_id,
      product_id: item.product_id,
      product_title: item.product_title,
      product_description: item.product_description,
      product_subtitle: item.product_subtitle,
      product_type: item.product_type,
      product_type_id: item.product_type_id,
      product_collection: item.product_collection,
      product_handle: item.product_handle,
      variant_sku: item.variant_sku,
      variant_barcode: item.variant_barcode,
      variant_title: item.variant_title,
      variant_option_values: item.variant_option_values,
      requires_shipping: item.requires_shipping,
      is_discountable: item.is_discountable,
      is_giftcard: item.is_giftcard,
      is_tax_inclusive: item.is_tax_inclusive,
      is_custom_price: item.is_custom_price,
      compare_at_unit_price: item.compare_at_unit_price,
      unit_price: item.raw_unit_price ?? item.unit_price,
      quantity: item.raw_quantity ?? item.quantity,
      metadata: item.metadata ?? {},
      tax_lines: (item.tax_lines ?? []).map(taxLine),
      adjustments: (item.adjustments ?? []).map(adjustment),
    }))
    const promoCodes = [...orderItems, ...shippingMethods]
      .flatMap((x) => x.adjustments)
      .map((a) => a.code)
      .filter((code): code is string => !!code)
    for (const item of own) plan.seller_by_product[item.product_id] = seller.id
    plan.orders.push({
      region_id: cart.region_id ?? undefined,
      customer_id: cart.customer_id ?? undefined,
      sales_channel_id: cart.sales_channel_id ?? undefined,
      status: OrderStatus.PENDING,
      email: cart.email ?? undefined,
      currency_code: cart.currency_code,
      locale: cart.locale,
      shipping_address: address(cart.shipping_address),
      billing_address: address(cart.billing_address),
      no_notification: false,
      items: orderItems,
      shipping_methods: shippingMethods,
      metadata: cart.metadata,
      promo_codes: [...new Set(promoCodes)],
    })
  }
  return new StepResponse(plan)
})

function taxLine(t: TaxLine) {
  return { description: t.description ?? undefined, tax_rate_id: t.tax_rate_id ?? undefined, code: t.code, rate: t.rate, provider_id: t.provider_id ?? undefined, metadata: t.metadata ?? undefined }
}

function adjustment(a: Adjustment) {
  return {
    code: a.code ?? undefined,
    amount: a.amount,
    description: a.description ?? undefined,
    promotion_id: a.promotion_id ?? undefined,
    provider_id: a.provider_id ?? undefined,
    is_tax_inclusive: a.is_tax_inclusive,
  }
}
