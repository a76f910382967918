import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { Modules } from "@medusajs/framework/utils"
import { OCOP_MODULE, type OcopModuleService } from "../modules/ocop"
import { OcopCertificateEvents, type OcopCertificateEventData } from "../workflows/ocop-certificate/events"

const TITLES: Record<string, (stars: number) => string> = {
  verified: (s) => `Chứng nhận OCOP ${s} sao đã được xác minh / OCOP certificate (${s} stars) verified`,
  rejected: (s) => `Chứng nhận OCOP ${s} sao bị từ chối / OCOP certificate (${s} stars) rejected`,
  revoked: (s) => `Chứng nhận OCOP ${s} sao bị thu hồi / OCOP certificate (${s} stars) revoked`,
  expired: (s) => `Chứng nhận OCOP ${s} sao đã hết hạn / OCOP certificate (${s} stars) expired`,
}

/**
 * The operator's decision (and an expiry) reaches the seller in its dashboard's notification
 * feed, as new orders do (Medusa's Notification Module, channel feed), with the reason.
 */
export default async function notifySellerOfOcopDecision({ event, container }: SubscriberArgs<OcopCertificateEventData>) {
  const { id, status, seller_id } = event.data
  if (!seller_id || !TITLES[status]) return
  const cert = await container.resolve<OcopModuleService>(OCOP_MODULE).retrieveOcopCertificate(id, { select: ["code", "stars", "status_reason", "status_changed_at"] })
  await container.resolve(Modules.NOTIFICATION).createNotifications({
    to: seller_id,
    receiver_id: seller_id,
    channel: "feed",
    template: `ocop-certificate-${status}`,
    resource_type: "ocop_certificate",
    resource_id: id,
    trigger_type: event.name,
    // A retried event must not notify twice; a second rejection after a resubmission must.
    idempotency_key: `ocop-certificate-${status}:${id}:${new Date(cert.status_changed_at ?? 0).toISOString()}`,
    data: { title: TITLES[status](cert.stars), certificate_id: id, code: cert.code, status, reason: cert.status_reason },
  })
}

export const config: SubscriberConfig = {
  event: [OcopCertificateEvents.VERIFIED, OcopCertificateEvents.REJECTED, OcopCertificateEvents.REVOKED, OcopCertificateEvents.EXPIRED],
}
