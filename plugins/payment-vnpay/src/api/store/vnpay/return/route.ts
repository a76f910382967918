import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { IPaymentModuleService } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { requireVnpayOptions, VNPAY_PROVIDER_ID } from "../../../../lib/plugin-options"
import { sessionIdOfTxnRef, vnpayStatus, type VnpaySessionData } from "../../../../lib/vnpay-session"
import { verifyParams } from "../../../../lib/vnpay"

/**
 * What the buyer's return from VNPay means, for the storefront's result page. Read only: the
 * signed query only says what VNPay showed the buyer; `status` is what the IPN confirmed to us
 * ("pending" until it arrives). The storefront completes the cart once status is "paid".
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const { hashSecret } = requireVnpayOptions(req.scope)
  const query = req.query as Record<string, unknown>
  const txnRef = typeof query.vnp_TxnRef === "string" ? query.vnp_TxnRef : ""
  if (!txnRef || !verifyParams(query, hashSecret)) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "Kết quả thanh toán không hợp lệ (sai chữ ký) / Invalid payment result (bad signature)")
  }
  const payment = req.scope.resolve<IPaymentModuleService>(Modules.PAYMENT)
  const [session] = await payment.listPaymentSessions(
    { id: sessionIdOfTxnRef(txnRef), provider_id: VNPAY_PROVIDER_ID },
    { select: ["id", "data", "authorized_at", "payment_collection_id"] },
  )
  if (!session) throw new MedusaError(MedusaError.Types.NOT_FOUND, "Không tìm thấy giao dịch / Transaction not found")
  const data = session.data as unknown as VnpaySessionData
  const { data: [collection] } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "payment_collection",
    fields: ["cart.id"],
    filters: { id: session.payment_collection_id },
  })
  res.json({
    txn_ref: txnRef,
    payment_collection_id: session.payment_collection_id,
    // The IPN may have completed the cart already: the storefront completes by this id, not its cookie.
    cart_id: (collection as { cart?: { id: string } } | undefined)?.cart?.id ?? null,
    // What VNPay's page told the buyer.
    vnpay_response_code: String(query.vnp_ResponseCode ?? ""),
    vnpay_says_paid: query.vnp_ResponseCode === "00" && query.vnp_TransactionStatus === "00",
    // What the IPN confirmed: the only truth.
    status: session.authorized_at ? "paid" : vnpayStatus(data),
  })
}
