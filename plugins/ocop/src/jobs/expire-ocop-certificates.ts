import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { vietnamToday } from "../lib/calendar-date"
import { OCOP_MODULE, type OcopModuleService } from "../modules/ocop"
import { changeOcopCertificateStatusWorkflow } from "../workflows/ocop-certificate/workflows/change-ocop-certificate-status"

/**
 * Verified certificates whose expiry day has passed in Vietnam become `expired`, with an audit
 * entry and an event each. The badge is already gone by then (validity is computed on every
 * read); this records the fact and tells the seller. Hourly, so it needs no time zone of its own.
 * Returns the ids it expired.
 */
export default async function expireOcopCertificates(container: MedusaContainer): Promise<string[]> {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const due = await container
    .resolve<OcopModuleService>(OCOP_MODULE)
    .listOcopCertificates({ status: "verified", expires_on: { $lt: vietnamToday() } }, { select: ["id"], take: null })
  const expired: string[] = []
  for (const { id } of due) {
    try {
      await changeOcopCertificateStatusWorkflow(container).run({ input: { id, action: "expire", actor: { type: "system", id: null } } })
      expired.push(id)
    } catch (error) {
      // One certificate changed meanwhile (revoked, say) must not hold up the others.
      logger.warn(`expire-ocop-certificates: ${id}: ${(error as Error).message}`)
    }
  }
  return expired
}

export const config = { name: "expire-ocop-certificates", schedule: "0 * * * *" }
