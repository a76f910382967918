/**
 * A cart's lines grouped by the farm (seller) that ships them, in the order the farms first
 * appear in the cart. The grouping comes from GET /store/carts/:id/seller-shipping-options, which
 * also carries each farm's delivery choices: Medusa's cart API does not expose the seller link.
 */
export type ShippingChoice = {
  id: string
  name: string
  amount: number
  type: { code: string; label: string; description: string | null } | null
  insufficient_inventory: boolean
}

export type CartFarm = {
  seller: { id: string; handle: string; name: string }
  item_ids: string[]
  shipping_options: ShippingChoice[]
  shipping_method: { id: string; name: string; amount: number; shipping_option_id: string } | null
}

export type CartLine = {
  id: string
  title: string
  thumbnail: string | null
  quantity: number
  unit_price: number
  total?: number | null
  product_id: string | null
  product_title: string | null
  product_handle: string | null
  variant_id: string | null
  variant_title: string | null
}

export type FarmGroup = {
  /** null for lines no farm claims (a product whose seller is gone): shown, but not orderable. */
  farm: CartFarm | null
  lines: CartLine[]
  subtotal: number
}

export const lineTotal = (line: CartLine) => line.total ?? line.unit_price * line.quantity

export function groupLinesByFarm(lines: readonly CartLine[], farms: readonly CartFarm[]): FarmGroup[] {
  const byItem = new Map(farms.flatMap((farm) => farm.item_ids.map((id) => [id, farm] as const)))
  const groups = new Map<string | null, FarmGroup>()
  for (const line of lines) {
    const farm = byItem.get(line.id) ?? null
    const key = farm?.seller.id ?? null
    const group = groups.get(key) ?? { farm, lines: [], subtotal: 0 }
    group.lines.push(line)
    group.subtotal += lineTotal(line)
    groups.set(key, group)
  }
  return [...groups.values()]
}

/** The cheapest delivery a farm offers, to say "delivery from 30.000 ₫" before checkout. */
export function cheapestShipping(farm: CartFarm | null): number | null {
  const amounts = (farm?.shipping_options ?? []).map((o) => o.amount)
  return amounts.length ? Math.min(...amounts) : null
}
