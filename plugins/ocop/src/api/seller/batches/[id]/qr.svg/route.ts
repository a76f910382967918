import type { MedusaResponse } from "@medusajs/framework/http"
import type { SellerRequest } from "@nongsan/farmer-household/api/utils/seller-context"
import { sendBatchQr } from "../../../../utils/batch-qr"

export async function GET(req: SellerRequest, res: MedusaResponse) {
  await sendBatchQr(req, res, "svg")
}
