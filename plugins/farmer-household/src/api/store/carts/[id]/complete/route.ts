import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { refetchCart } from "@medusajs/medusa/api/store/carts/helpers"
import { defaultStoreCartFields } from "@medusajs/medusa/api/store/carts/query-config"
import { completeCartIntoSellerOrdersWorkflowId } from "../../../../../workflows/order-group/workflows/complete-cart-into-seller-orders"
import { retrieveOrderGroup } from "../../../order-groups/helpers"
import { bilingual, OUT_OF_STOCK_VI } from "../../../../../lib/validation"

/**
 * Replaces Medusa's cart completion, so the storefront's usual `sdk.store.cart.complete(id)`
 * places one order per seller, grouped.
 *
 * 200 `{ type: "order_group", order_group }`: the group (see order-groups/helpers.ts) with
 *   `orders`, one per seller. Completing the same cart again answers the same group.
 * 200 `{ type: "cart", cart, message, error }`: payment not authorized (or needs more), as in
 *   Medusa: nothing was written and the buyer can retry.
 * 4xx `{ type: "cart", cart, message, error }`: the cart cannot be completed as it is (400: no
 *   delivery chosen for a seller, out of stock, no payment…; 409: being completed right now;
 *   404 without `cart`: no such cart). Nothing was written. `message` (also `error.message`, and
 *   what the JS SDK's FetchError carries) is Vietnamese / English.
 */
export async function POST(req: MedusaRequest, res: MedusaResponse) {
  const cartId = req.params.id
  const engine = req.scope.resolve(Modules.WORKFLOW_ENGINE)
  const run = () => engine.run(completeCartIntoSellerOrdersWorkflowId, { input: { cart_id: cartId }, throwOnError: false })
  let { errors, result, transaction } = await run()
  // When many buyers race for the last units, each waits for the stock item's lock; one that
  // waited too long runs again: by then the stock check before the lock answers "out of stock"
  // (or there is stock left for it) instead of the buyer hearing "try again".
  // Not when the cart's own lock timed out: another completion of this cart has held it for 30 s,
  // and waiting twice more only keeps the buyer hanging before the same "try again".
  for (let attempt = 1; attempt < LOCK_ATTEMPTS && errors?.length && isStockLockTimeout(errors[0].error); attempt++) {
    ;({ errors, result, transaction } = await run())
  }
  if (!transaction.hasFinished()) throw new MedusaError(MedusaError.Types.CONFLICT, BUSY)
  if (!errors?.length) {
    res.json({ type: "order_group", order_group: await retrieveOrderGroup(req.scope, result.id) })
    return
  }
  // A completion that lost a race (or a retry of one that succeeded) still has its answer; a
  // pending group is a completion still running or cut off, not an answer.
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [existing] } = await query.graph({ entity: "order_group", fields: ["id"], filters: { cart_id: cartId, status: "placed" } })
  if (existing) {
    res.json({ type: "order_group", order_group: await retrieveOrderGroup(req.scope, existing.id) })
    return
  }

  const error = errors[0].error as { type?: string; code?: string; message?: string; name?: string }
  const failure = explain(error)
  if (!failure) throw error
  const cart = failure.status === 404 ? undefined : await refetchCart(cartId, req.scope, defaultStoreCartFields)
  res.status(failure.status).json({
    type: "cart",
    ...(cart ? { cart } : {}),
    message: failure.message,
    error: { message: failure.message, name: error.name, type: error.type },
  })
}

const LOCK_ATTEMPTS = 3

/**
 * Medusa's locking gave up waiting: acquireLockStep (the cart's lock) says "Failed to acquire
 * lock for key …", locking.execute (a stock item's lock, in reserveInventoryStep) "Timed-out
 * acquiring lock.", in every locking provider.
 */
const isStockLockTimeout = (error: { message?: string }) => (error?.message ?? "").startsWith("Timed-out acquiring lock")
const isLockTimeout = (error: { message?: string }) => isStockLockTimeout(error) || (error?.message ?? "").startsWith("Failed to acquire lock")

// Said to every buyer who loses a sell-out race, so it leads with the words a buyer looks for.
const OUT_OF_STOCK = bilingual(OUT_OF_STOCK_VI, "Out of stock: some items are no longer available")
const BUSY = "Giỏ hàng đang được đặt, vui lòng thử lại sau giây lát / The cart is being completed; try again in a moment"

/** Status and a Vietnamese / English message for the ways a completion fails; none for bugs. */
function explain(error: { type?: string; code?: string; message?: string }): { status: number; message: string } | undefined {
  const message = error.message ?? ""
  switch (error.type) {
    case MedusaError.Types.PAYMENT_AUTHORIZATION_ERROR:
      return { status: 200, message: "Thanh toán không được chấp thuận / Payment authorization failed" }
    case MedusaError.Types.PAYMENT_REQUIRES_MORE_ERROR:
      return { status: 200, message: "Cần thêm thông tin để thanh toán / More information is required for payment" }
  }
  if (error.code === MedusaError.Codes.INSUFFICIENT_INVENTORY || message.startsWith("Not enough stock")) {
    return { status: 400, message: OUT_OF_STOCK }
  }
  if (/^Payment (collection has not been initiated|sessions are required)/.test(message)) {
    return { status: 400, message: "Chưa chọn cách thanh toán / No payment method chosen" }
  }
  if (isLockTimeout(error)) return { status: 409, message: BUSY }
  const status: Record<string, number> = {
    [MedusaError.Types.NOT_FOUND]: 404,
    [MedusaError.Types.CONFLICT]: 409,
    [MedusaError.Types.INVALID_DATA]: 400,
    [MedusaError.Types.NOT_ALLOWED]: 400,
    [MedusaError.Types.DUPLICATE_ERROR]: 409,
  }
  if (!error.type || !status[error.type]) return undefined
  // This plugin's own refusals are already bilingual ("… / …"); Medusa's are English.
  return { status: status[error.type], message: message.includes(" / ") ? message : `Không thể đặt hàng / Could not place the order: ${message}` }
}
