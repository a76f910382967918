import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { Modules } from "@medusajs/framework/utils"
import { createRemoteLinkStep, createShippingOptionsWorkflow, createShippingProfilesStep } from "@medusajs/medusa/core-flows"
import { DEFAULT_DELIVERY_OPTIONS } from "../../../lib/default-delivery-options"
import { SELLER_MODULE } from "../../../modules/seller"
import { createSellersStep, type CreateSellerInput } from "../steps/create-sellers"
import { findDeliveryZoneStep } from "../steps/find-delivery-zone"

/**
 * Creates sellers, each with a shipping profile of its own (see links/seller-shipping-profile.ts):
 * a buyer's cart then takes one shipping method per seller through Medusa's own cart API. Each
 * profile starts with the platform's default delivery options, so a new seller can be bought from.
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
  const zone = findDeliveryZoneStep()
  when({ zone }, ({ zone }) => !!zone).then(() => {
    createShippingOptionsWorkflow.runAsStep({
      input: transform({ zone, profiles }, ({ zone, profiles }) =>
        profiles.flatMap((profile) =>
          DEFAULT_DELIVERY_OPTIONS.map((o) => ({
            name: o.name,
            price_type: "flat" as const,
            provider_id: "manual_manual",
            service_zone_id: zone!.service_zone_id,
            shipping_profile_id: profile.id,
            type: { label: o.name, description: o.description, code: o.code },
            prices: [{ currency_code: "vnd", amount: o.amount }, { region_id: zone!.region_id, amount: o.amount }],
            rules: [
              { attribute: "enabled_in_store", value: "true", operator: "eq" as const },
              { attribute: "is_return", value: "false", operator: "eq" as const },
            ],
          }))
        )
      ),
    })
  })
  return new WorkflowResponse(sellers)
})

function sellerShippingProfileName(handle: string) {
  return `Người bán ${handle}`
}
