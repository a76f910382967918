import type { MedusaResponse } from "@medusajs/framework/http"
import type { SellerRequest } from "@nongsan/farmer-household/api/utils/seller-context"
import { ocopError } from "../../../../lib/ocop-error"
import { uploadOcopScanWorkflow } from "../../../../workflows/ocop-scan/workflows/upload-ocop-scan"

/**
 * The scan of a certificate (multipart, field `file`): a photo from the phone's camera (JPEG,
 * PNG, WebP) or a PDF, 10 MB at most, recognised by its bytes. The answer's `scan` is what a
 * certificate takes.
 */
export async function POST(req: SellerRequest, res: MedusaResponse) {
  const file = (req as unknown as { file?: { buffer: Buffer } }).file
  if (!file?.buffer.length) throw ocopError("INVALID_DATA", "Chưa chọn tệp nào", "No file was sent")
  const { result } = await uploadOcopScanWorkflow(req.scope).run({
    input: { seller_id: req.seller_context.seller_id, content: file.buffer.toString("base64") },
  })
  res.status(201).json({ scan: result })
}
