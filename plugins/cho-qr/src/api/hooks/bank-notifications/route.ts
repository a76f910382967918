import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { requireBankTransferOptions } from "../../../lib/bank-transfer/plugin-options"
import { verifyNotification } from "../../../lib/bank-transfer/signature"
import { completeCartQuietly } from "../../../lib/medusa/complete-cart-quietly"
import { receiveBankNotificationWorkflow } from "../../../workflows/bank-transfer/workflows/receive-bank-notification"
import { BankNotificationSchema } from "./validators"

export const SIGNATURE_HEADER = "x-nongsan-signature"

/**
 * The bank-notification service tells us about a credit to our account (server to server).
 * Signed with HMAC-SHA256 over the raw body (header x-nongsan-signature, hex). Answers 200 for
 * anything recorded, matched or not, and for a repeat; 401 for a bad signature; 400 for a body
 * that is not a notification. Nothing changes unless the signature holds.
 */
export async function POST(req: MedusaRequest, res: MedusaResponse) {
  const options = requireBankTransferOptions(req.scope)
  if (!verifyNotification(req.rawBody ?? "", req.headers[SIGNATURE_HEADER], options.webhookSecret)) {
    res.status(401).json({ type: "unauthorized", message: "Chữ ký không hợp lệ / Invalid signature" })
    return
  }
  const parsed = BankNotificationSchema.safeParse(req.body)
  if (!parsed.success) {
    res.status(400).json({ type: "invalid_data", message: `Thông báo không hợp lệ / Invalid notification: ${parsed.error.issues.map((i) => i.path.join(".")).join(", ")}` })
    return
  }
  const { id, ...rest } = parsed.data
  const { result } = await receiveBankNotificationWorkflow(req.scope).run({ input: { notification: { external_id: id, ...rest } } })
  const completed = result.payment_collection_id ? await completeCartQuietly(req.scope, result.payment_collection_id, options.completeCartWorkflowId) : false
  res.json({ status: result.status, duplicate: result.duplicate, reason: result.reason, order_placed: completed, stall_id: result.stall_id })
}
