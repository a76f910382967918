// What the reliability cases share: the demo shop's buyer path and a direct look into the database.
import pg from "pg"
import type { TestMedusa } from "../src/testing/medusa.ts"
import { checkout, HAI } from "../../plugins/farmer-household/integration-tests/checkout-helpers.ts"
import demo from "../../seed/data/demo.json" with { type: "json" }

export { checkout, HAI }
export const STANDARD_DELIVERY = { [HAI]: "Giao hàng tiêu chuẩn" }

/** The seeded household (Nguyễn Văn Hải), signed in by phone. */
export async function demoSellerToken(medusa: TestMedusa): Promise<string> {
  const res = await medusa.api("/auth/seller/emailpass", { method: "POST", json: { email: demo.sellerLogin.phone, password: demo.sellerLogin.password } })
  if (res.status !== 200) throw new Error(`seller login: ${res.status} ${JSON.stringify(res.body)}`)
  return res.body.token
}

/** A lychee box of the demo household with `stock` boxes left, in season (no harvest window). */
export async function lycheeVariant(medusa: TestMedusa, stock: number, sku: string): Promise<string> {
  const token = await demoSellerToken(medusa)
  const res = await medusa.api("/seller/products", {
    method: "POST",
    token,
    json: {
      title: `Vải thiều hộp quà ${sku}`,
      status: "published",
      variants: [{ title: "Hộp 2 kg", unit: "box", unit_quantity: 2, weight_grams: 2100, price: 120000, stock, sku }],
    },
  })
  if (res.status !== 201) throw new Error(`create lychee box: ${res.status} ${JSON.stringify(res.body)}`)
  return res.body.product.variants[0].id
}

/**
 * `count` guest carts with one unit of the variant, standard delivery by the demo household and a
 * payment session of `provider`, ready to complete: what many buyers at checkout look like.
 */
export async function readyCarts(medusa: TestMedusa, variantId: string, count: number, provider = "pp_system_default") {
  const buyer = await checkout(medusa)
  const first = await buyer.cartWith({ [variantId]: 1 }, undefined, "buyer-0@example.com")
  const { sellers } = await buyer.ok(`/store/carts/${first}/seller-shipping-options`)
  const option = sellers.find((s: any) => s.seller.name === HAI).shipping_options.find((o: any) => o.name === STANDARD_DELIVERY[HAI])
  return pooled(Array.from({ length: count }), 8, async (_, i) => {
    const cartId = i === 0 ? first : await buyer.cartWith({ [variantId]: 1 }, undefined, `buyer-${i}@example.com`)
    await buyer.ok(`/store/carts/${cartId}/shipping-methods`, { method: "POST", json: { option_id: option.id } })
    const session = await buyer.pay(cartId, provider)
    return { cartId, session }
  })
}

/** Runs fn over items with at most `width` at a time, keeping the order of the results. */
export async function pooled<T, R>(items: T[], width: number, fn: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length)
  let next = 0
  const lane = async () => {
    while (next < items.length) {
      const index = next++
      results[index] = await fn(items[index]!, index)
    }
  }
  await Promise.all(Array.from({ length: Math.min(width, items.length) }, lane))
  return results
}

/** One query against the test's database. */
export async function sql<T = any>(databaseUrl: string, text: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  try {
    return (await client.query(text, values)).rows as T[]
  } finally {
    await client.end()
  }
}

/** Stock and reservations of a variant's inventory item, summed over locations. */
export async function stockOf(databaseUrl: string, variantId: string) {
  const [row] = await sql<{ stocked: number; reserved: number }>(
    databaseUrl,
    `SELECT sum(l.stocked_quantity)::int AS stocked, sum(l.reserved_quantity)::int AS reserved
       FROM product_variant_inventory_item v JOIN inventory_level l ON l.inventory_item_id = v.inventory_item_id AND l.deleted_at IS NULL
      WHERE v.variant_id = $1 AND v.deleted_at IS NULL`,
    [variantId]
  )
  return row!
}

/** Orders (not deleted) with a line of the variant, and the quantity they hold. */
export async function ordersOf(databaseUrl: string, variantId: string) {
  const [row] = await sql<{ orders: number; quantity: number }>(
    databaseUrl,
    `SELECT count(DISTINCT oi.order_id)::int AS orders, coalesce(sum(oi.quantity), 0)::int AS quantity
       FROM order_line_item li JOIN order_item oi ON oi.item_id = li.id AND oi.deleted_at IS NULL
       JOIN "order" o ON o.id = oi.order_id AND oi.version = o.version AND o.deleted_at IS NULL
      WHERE li.variant_id = $1 AND li.deleted_at IS NULL`,
    [variantId]
  )
  return row!
}
