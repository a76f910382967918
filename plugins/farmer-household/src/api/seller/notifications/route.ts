import type { MedusaResponse } from "@medusajs/framework/http"
import { Modules } from "@medusajs/framework/utils"
import type { SellerRequest } from "../../utils/seller-context"

/** The seller's in-app notifications (new orders), newest first. */
export async function GET(req: SellerRequest, res: MedusaResponse) {
  const limit = Math.min(Math.max(Number(req.query.limit) || 20, 1), 100)
  const [notifications, count] = await req.scope
    .resolve(Modules.NOTIFICATION)
    .listAndCountNotifications(
      { receiver_id: req.seller_context.seller_id, channel: "feed" },
      { take: limit, order: { created_at: "DESC" }, select: ["id", "template", "data", "resource_type", "resource_id", "created_at"] }
    )
  res.json({ notifications, count })
}
