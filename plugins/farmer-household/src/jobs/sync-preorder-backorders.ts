import type { MedusaContainer } from "@medusajs/framework/types"
import { syncPreorderBackordersWorkflow } from "../workflows/harvest/workflows/sync-preorder-backorders"

/**
 * Harvest windows open and close at midnight in Việt Nam, not on a request: every five minutes,
 * products open to pre-orders have their variants' backorder switch set to match the day (see
 * syncPreorderBackordersWorkflow). Sellers' own changes apply at once; this catches the dates.
 */
export default async function syncPreorderBackorders(container: MedusaContainer) {
  await syncPreorderBackordersWorkflow(container).run({ input: {} })
}

export const config = { name: "sync-preorder-backorders", schedule: "*/5 * * * *" }
