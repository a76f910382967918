import type { MedusaResponse } from "@medusajs/framework/http"
import type { SellerRequest } from "@nongsan/farmer-household/api/utils/seller-context"
import { ocopError } from "../../../../../lib/ocop-error"
import { qrPng, qrSvg } from "../../../../../lib/qr-image"
import { loadSellerCertificate } from "../../../../utils/load-certificate"

/**
 * The QR code of the certificate's public verification page, to print on packages: SVG (for
 * print shops) or PNG; `download` answers it as a file. Only once the operator verified it.
 */
export async function GET(req: SellerRequest, res: MedusaResponse) {
  const certificate = await loadSellerCertificate(req.scope, req.params.id)
  if (certificate.status !== "verified" || !certificate.verification_url) {
    throw ocopError("NOT_ALLOWED", "Mã QR có khi chứng nhận đã được xác minh", "The QR code is available once the certificate is verified")
  }
  const { format, download } = req.validatedQuery as { format: "svg" | "png"; download?: string }
  if (download !== undefined) res.setHeader("Content-Disposition", `attachment; filename="ocop-${certificate.code}.${format}"`)
  res.setHeader("Cache-Control", "private, max-age=300")
  if (format === "png") {
    res.type("image/png").send(await qrPng(certificate.verification_url))
  } else {
    res.type("image/svg+xml").send(await qrSvg(certificate.verification_url))
  }
}
