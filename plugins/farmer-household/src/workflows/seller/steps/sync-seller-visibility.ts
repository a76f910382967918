import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SELLER_MODULE } from "../../../modules/seller"
import { shopChannel } from "../../../lib/shop-channel"
import { isSellerOpen } from "../../../lib/seller-visibility"

type ProductChannelLink = { [Modules.PRODUCT]: { product_id: string }; [Modules.SALES_CHANNEL]: { sales_channel_id: string } }

/**
 * Puts each seller's products in the shop's sales channel while the seller is open, and takes
 * them out while it is pending, rejected, suspended or closed for the season. The publishable key
 * scopes the store API to that channel, so the products vanish from the shop (and anything built
 * on the store API) at once, and come back with their own published/draft status untouched.
 */
export const syncSellerVisibilityStep = createStep(
  "sync-seller-visibility",
  async (input: { seller_ids: string[] }, { container }) => {
    if (!input.seller_ids.length) return new StepResponse({ created: [], dismissed: [] }, { created: [], dismissed: [] })
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const link = container.resolve(ContainerRegistrationKeys.LINK)
    const channelId = (await shopChannel(container))?.id
    if (!channelId) return new StepResponse({ created: [], dismissed: [] }, { created: [], dismissed: [] })

    const { data: sellers } = await query.graph({
      entity: SELLER_MODULE,
      fields: ["id", "status", "closed_from", "closed_until", "products.id", "products.sales_channels.id"],
      filters: { id: input.seller_ids },
    })
    const created: ProductChannelLink[] = []
    const dismissed: ProductChannelLink[] = []
    for (const seller of sellers) {
      const open = isSellerOpen(seller)
      for (const product of (seller.products ?? []) as { id: string; sales_channels?: { id: string }[] }[]) {
        const inChannel = (product.sales_channels ?? []).some((c) => c?.id === channelId)
        const linkData = { [Modules.PRODUCT]: { product_id: product.id }, [Modules.SALES_CHANNEL]: { sales_channel_id: channelId } }
        if (open && !inChannel) created.push(linkData)
        if (!open && inChannel) dismissed.push(linkData)
      }
    }
    if (created.length) await link.create(created)
    if (dismissed.length) await link.dismiss(dismissed)
    return new StepResponse({ created, dismissed }, { created, dismissed })
  },
  async (changes, { container }) => {
    if (!changes) return
    const link = container.resolve(ContainerRegistrationKeys.LINK)
    if (changes.created.length) await link.dismiss(changes.created)
    if (changes.dismissed.length) await link.create(changes.dismissed)
  }
)
