import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { listShippingOptionsForCartWorkflow } from "@medusajs/medusa/core-flows"

/**
 * The cart's delivery choices, per seller: `{ sellers: [{ seller, item_ids, shipping_options,
 * shipping_method }] }`. Medusa's GET /store/shipping-options lists every seller's options in
 * one list; this groups the ones that serve this cart by the seller whose shipping profile they
 * belong to. The buyer's choice goes through Medusa's own POST /store/carts/:id/shipping-methods,
 * once per seller; `shipping_method` is the one chosen so far, or null.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [cart] } = await query.graph({
    entity: "cart",
    fields: [
      "id",
      "items.id",
      "items.variant.product.seller.id",
      "items.variant.product.seller.handle",
      "items.variant.product.seller.name",
      "items.variant.product.seller.shipping_profile.id",
      "shipping_methods.id",
      "shipping_methods.name",
      "shipping_methods.amount",
      "shipping_methods.shipping_option_id",
      "shipping_methods.shipping_option.shipping_profile_id",
    ],
    filters: { id: req.params.id },
  })
  if (!cart) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Không tìm thấy giỏ hàng ${req.params.id} / Cart ${req.params.id} not found`)
  }
  const { result: options } = await listShippingOptionsForCartWorkflow(req.scope).run({ input: { cart_id: cart.id } })

  type Entry = { seller: { id: string; handle: string; name: string }; profileId?: string; item_ids: string[] }
  const sellers = new Map<string, Entry>()
  for (const item of cart.items ?? []) {
    const seller = item?.variant?.product?.seller
    if (!item || !seller) continue
    const entry: Entry = sellers.get(seller.id) ?? {
      seller: { id: seller.id, handle: seller.handle, name: seller.name },
      profileId: seller.shipping_profile?.id,
      item_ids: [],
    }
    entry.item_ids.push(item.id)
    sellers.set(seller.id, entry)
  }
  res.json({
    sellers: [...sellers.values()].map(({ seller, profileId, item_ids }) => {
      const method = cart.shipping_methods?.find((m: { shipping_option?: { shipping_profile_id?: string } } | null) => m?.shipping_option?.shipping_profile_id === profileId)
      return {
        seller,
        item_ids,
        shipping_options: options
          .filter((o) => o.shipping_profile_id === profileId)
          .map((o) => ({
            id: o.id,
            name: o.name,
            amount: o.amount,
            type: o.type ? { code: o.type.code, label: o.type.label, description: o.type.description } : null,
            insufficient_inventory: o.insufficient_inventory,
          })),
        shipping_method: method
          ? { id: method.id, name: method.name, amount: method.amount, shipping_option_id: method.shipping_option_id }
          : null,
      }
    }),
  })
}
