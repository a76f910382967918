import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { certificateNotFound } from "../../lib/ocop-error"

export type LoadedOcopCertificate = {
  id: string
  code: string
  status: string
  stars: number
  product_group: string
  decision_number: string
  issuing_authority: string
  level: string
  decision_date: string
  expires_on: string
  scan_file_id: string
  scan_url: string
  scan_mime_type: string
  seller_id: string
  product_ids: string[]
}

/** A certificate with its seller's and products' ids, or the certificate 404. */
export async function loadOcopCertificate(container: MedusaContainer, id: string): Promise<LoadedOcopCertificate> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [cert] } = await query.graph({
    entity: "ocop_certificate",
    fields: ["*", "seller.id", "products.id"],
    filters: { id },
  })
  if (!cert) throw certificateNotFound()
  const { seller, products, ...fields } = cert as any
  return { ...fields, seller_id: seller?.id, product_ids: (products ?? []).filter(Boolean).map((p: { id: string }) => p.id) }
}
