import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { sendCsv } from "../../../../../lib/csv"
import { retrievePayoutBatchOr404 } from "../../../../../lib/payout-batch"

/** The batch as the bank's bulk transfer file: one row per transfer (bank BIN, account, holder, amount, memo). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const batch = await retrievePayoutBatchOr404(req.scope, req.params.id)
  const rows = batch.lines.map((l) => ({
    bank_bin: l.bank_bin,
    account_number: l.bank_account_number,
    account_holder: l.bank_account_holder,
    amount: Number(l.amount),
    memo: l.memo,
  }))
  sendCsv(res, `chi-tra-dot-${batch.display_id}.csv`, rows, ["bank_bin", "account_number", "account_holder", "amount", "memo"])
}
