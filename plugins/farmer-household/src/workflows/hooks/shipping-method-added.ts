import { addShippingMethodToCartWorkflow } from "@medusajs/medusa/core-flows"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

/**
 * Medusa offers every seller's shipping options to every cart and keeps one method per shipping
 * profile. A method for a seller with nothing in the cart would be charged to the buyer without
 * belonging to any seller order, so it is refused when chosen rather than at checkout.
 */
addShippingMethodToCartWorkflow.hooks.validate(async ({ input, cart }, { container }) => {
  const optionIds = (input.options ?? []).map((o) => o.id)
  if (!optionIds.length) return
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: options } = await query.graph({
    entity: "shipping_option",
    fields: ["id", "name", "shipping_profile_id"],
    filters: { id: optionIds },
  })
  const profiles = new Set(
    (cart.items ?? []).map((i: { variant?: { product?: { shipping_profile?: { id: string } } } }) => i.variant?.product?.shipping_profile?.id)
  )
  const stray = options.find((o) => !profiles.has(o.shipping_profile_id))
  if (stray) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `Cách giao hàng «${stray.name}» thuộc người bán không có hàng trong giỏ / ` +
        `Shipping option «${stray.name}» belongs to a seller with nothing in the cart`
    )
  }
})
