import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { Modules } from "@medusajs/framework/utils"
import { createRemoteLinkStep, createShippingProfilesStep } from "@medusajs/medusa/core-flows"
import { SELLER_MODULE } from "../../../modules/seller"
import { createSellersStep, type CreateSellerInput } from "../steps/create-sellers"

/**
 * Creates sellers, each with a shipping profile of its own (see links/seller-shipping-profile.ts):
 * a buyer's cart then takes one shipping method per seller through Medusa's own cart API.
 */
export const createSellersWorkflow = createWorkflow("create-sellers", (input: { sellers: CreateSellerInput[] }) => {
  const sellers = createSellersStep(input.sellers)
  const profileInput = transform({ sellers }, ({ sellers }) =>
    // Profile names are unique in Medusa; the seller handle is too.
    sellers.map((s) => ({ name: sellerShippingProfileName(s.handle), type: "seller" }))
  )
  const profiles = createShippingProfilesStep(profileInput)
  const links = transform({ sellers, profiles }, ({ sellers, profiles }) =>
    sellers.map((s) => ({
      [SELLER_MODULE]: { seller_id: s.id },
      [Modules.FULFILLMENT]: { shipping_profile_id: profiles.find((p) => p.name === sellerShippingProfileName(s.handle))!.id },
    }))
  )
  createRemoteLinkStep(links)
  return new WorkflowResponse(sellers)
})

function sellerShippingProfileName(handle: string) {
  return `Người bán ${handle}`
}
