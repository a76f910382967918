import type { MedusaNextFunction, MedusaRequest, MedusaResponse, MiddlewareRoute } from "@medusajs/framework/http"
import { requireLinkedToSeller } from "@nongsan/farmer-household/api/utils/seller-context"
import { bilingual, validateBody, validateQuery } from "@nongsan/farmer-household/lib/validation"
import multer from "multer"
import sellerOcopCertificateLink from "../../../links/seller-ocop-certificate"
import { MAX_SCAN_BYTES } from "../../../lib/scans/scan-format"
import { QrQuerySchema, ResubmitOcopCertificateSchema, SubmitOcopCertificateSchema } from "./validators"

// In memory: a scan goes through the checks to the File Module; nothing is left on local disk.
const upload = multer({ storage: multer.memoryStorage(), limits: { fileSize: MAX_SCAN_BYTES, files: 1 } }).single("file")

const MULTER_MESSAGES: Record<string, string> = {
  LIMIT_FILE_SIZE: bilingual("Tệp quá lớn, tối đa 10 MB", "The file is too large: 10 MB at most"),
  LIMIT_FILE_COUNT: bilingual("Mỗi lần gửi một tệp", "Send one file at a time"),
  LIMIT_UNEXPECTED_FILE: bilingual('Gửi bản chụp trong trường "file"', 'Send the scan in the "file" field'),
}

/** multer's limits answered as our 400s, in Vietnamese first. */
function receiveScan(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  upload(req as any, res as any, (error: any) => {
    if (!error) return next()
    const message = MULTER_MESSAGES[error.code] ?? bilingual("Không đọc được tệp gửi lên", "Could not read the upload")
    res.status(400).json({ type: "invalid_data", code: error.code === "LIMIT_FILE_SIZE" ? "too_large" : "invalid_upload", message })
  })
}

// Another seller's certificate answers the same 404 as one that does not exist.
const requireOwnCertificate = requireLinkedToSeller(sellerOcopCertificateLink.entryPoint, "ocop_certificate_id", {
  vi: "chứng nhận OCOP",
  en: "OCOP certificate",
})

export const sellerOcopCertificateMiddlewares: MiddlewareRoute[] = [
  { matcher: "/seller/ocop-certificates", method: ["POST"], middlewares: [validateBody(SubmitOcopCertificateSchema)] },
  { matcher: "/seller/ocop-certificates/scans", method: ["POST"], bodyParser: false, middlewares: [receiveScan] },
  // GET only: POST …/scans shares the path's shape.
  { matcher: "/seller/ocop-certificates/:id", method: ["GET"], middlewares: [requireOwnCertificate] },
  { matcher: "/seller/ocop-certificates/:id/*", middlewares: [requireOwnCertificate] },
  { matcher: "/seller/ocop-certificates/:id/resubmit", method: ["POST"], middlewares: [validateBody(ResubmitOcopCertificateSchema)] },
  { matcher: "/seller/ocop-certificates/:id/qr", method: ["GET"], middlewares: [validateQuery(QrQuerySchema)] },
]
