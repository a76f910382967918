// Carts ready to complete, made through Medusa's own store API the way the storefront makes them
// (cart → delivery per seller → payment session), each with one pack of a different scaled
// product so that the completions measured do not queue on one stock row.
import { buyerAddress } from "../../plugins/farmer-household/integration-tests/checkout-helpers.ts"
import { ok, sampleHandles, type BenchContext } from "./context.ts"

export type ReadyCart = { id: string; session: { data: Record<string, unknown> } }

export async function readyCarts(ctx: BenchContext, count: number, providerId: string, offset = 0): Promise<ReadyCart[]> {
  // Every 50th scaled product is sold out (lib/scale/catalogue.ts): skip those.
  const handles = sampleHandles(ctx.products, count * 2 + offset)
    .slice(offset)
    .filter((h) => Number(h.slice("scale-".length)) % 50 !== 0)
    .slice(0, count)
  const carts: ReadyCart[] = []
  for (const handle of handles) {
    const { products } = await ok(ctx.api, `/store/products?handle=${handle}&fields=id,*variants`)
    const { cart } = await ok(ctx.api, "/store/carts", {
      method: "POST",
      json: { region_id: ctx.regionId, email: "lan@example.com", shipping_address: buyerAddress, items: [{ variant_id: products[0].variants[0].id, quantity: 1 }] },
    })
    const { sellers } = await ok(ctx.api, `/store/carts/${cart.id}/seller-shipping-options`)
    for (const entry of sellers) {
      await ok(ctx.api, `/store/carts/${cart.id}/shipping-methods`, { method: "POST", json: { option_id: entry.shipping_options[0].id } })
    }
    const { payment_collection } = await ok(ctx.api, "/store/payment-collections", { method: "POST", json: { cart_id: cart.id } })
    const { payment_collection: withSession } = await ok(ctx.api, `/store/payment-collections/${payment_collection.id}/payment-sessions`, {
      method: "POST",
      json: { provider_id: providerId },
    })
    carts.push({ id: cart.id, session: withSession.payment_sessions.find((s: { provider_id: string }) => s.provider_id === providerId) })
  }
  return carts
}
