import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { certificateNotFound } from "../../lib/ocop-error"
import { ADMIN_CERTIFICATE_DETAIL_FIELDS, toAdminCertificate } from "./ocop-certificate-views"

/** A certificate as the operator sees it, the audit trail's operators and seller members named. */
export async function loadAdminCertificate(scope: MedusaContainer, id: string) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [cert] } = await query.graph({ entity: "ocop_certificate", fields: ADMIN_CERTIFICATE_DETAIL_FIELDS, filters: { id } })
  if (!cert) throw certificateNotFound()
  const idsOf = (type: string) => [...new Set((cert.audit ?? []).filter((a: any) => a?.actor_type === type && a.actor_id).map((a: any) => a.actor_id as string))]
  const [userIds, memberIds] = [idsOf("user"), idsOf("seller")]
  const [{ data: users }, { data: members }] = await Promise.all([
    userIds.length ? query.graph({ entity: "user", fields: ["id", "email", "first_name", "last_name"], filters: { id: userIds } }) : { data: [] },
    memberIds.length ? query.graph({ entity: "seller_member", fields: ["id", "name"], filters: { id: memberIds } }) : { data: [] },
  ])
  const names: Record<string, string> = {}
  for (const u of users as any[]) names[u.id] = [u.first_name, u.last_name].filter(Boolean).join(" ") || u.email
  for (const m of members as any[]) names[m.id] = m.name
  return toAdminCertificate(cert, names)
}
