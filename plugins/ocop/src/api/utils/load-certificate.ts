import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { certificateNotFound } from "../../lib/ocop-error"
import { SELLER_CERTIFICATE_DETAIL_FIELDS, toSellerCertificate } from "./ocop-certificate-views"

/** A certificate with its audit trail as its seller sees it (ownership is checked before). */
export async function loadSellerCertificate(scope: MedusaContainer, id: string) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [cert] } = await query.graph({ entity: "ocop_certificate", fields: SELLER_CERTIFICATE_DETAIL_FIELDS, filters: { id } })
  if (!cert) throw certificateNotFound()
  return toSellerCertificate(cert)
}
