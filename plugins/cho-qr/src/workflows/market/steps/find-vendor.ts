import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { sellerIdByPhone } from "../../../lib/market/stall-vendor"

/** The seller account of an invited phone, or null while nobody has registered with it. */
export const findVendorStep = createStep("find-stall-vendor", async (input: { phone: string }, { container }) => {
  return new StepResponse({ phone: input.phone, seller_id: await sellerIdByPhone(container, input.phone) })
})
