import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { BANK_TRANSFER_MODULE } from "../../../modules/bank-transfer"
import type BankTransferModuleService from "../../../modules/bank-transfer/service"

const STATUSES = ["matched", "unmatched", "mismatched"] as const

/** The operator's queue: credits by status (unmatched and mismatched ones need a person). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const status = req.query.status
  if (status !== undefined && !STATUSES.includes(status as (typeof STATUSES)[number])) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `Trạng thái phải là ${STATUSES.join(", ")} / status must be one of ${STATUSES.join(", ")}`)
  }
  const limit = Math.min(Math.max(Number(req.query.limit) || 50, 1), 200)
  const offset = Math.max(Number(req.query.offset) || 0, 0)
  const [notifications, count] = await req.scope
    .resolve<BankTransferModuleService>(BANK_TRANSFER_MODULE)
    .listAndCountBankNotifications(status ? { status: status as (typeof STATUSES)[number] } : {}, { take: limit, skip: offset, order: { occurred_at: "DESC" } })
  res.json({ bank_notifications: notifications, count, limit, offset })
}
