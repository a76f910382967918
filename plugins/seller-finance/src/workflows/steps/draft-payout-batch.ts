import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ORDER_STAGE_FIELDS, sellerOrderStage } from "@nongsan/farmer-household/lib/seller-order-stage"
import { bilingual } from "@nongsan/farmer-household/lib/validation"
import { SELLER_FINANCE_MODULE, type SellerFinanceModuleService } from "../../modules/seller-finance"

const SETTLED = ["delivered", "cancelled"]

/**
 * Drafts a batch of bank transfers: for every approved seller with a bank account, the sum of its
 * ledger entries not yet in any batch whose orders are settled (delivered or cancelled; money for
 * an order still on its way is held), when that sum is positive. A seller whose cash-on-delivery
 * commissions outweigh its online sales is left for a later batch. The batch claims the entries
 * it pays (payout_batch_entry.ledger_entry_id is unique), so no entry is ever paid twice.
 */
export const draftPayoutBatchStep = createStep("draft-payout-batch", async (input: { created_by: string }, { container }) => {
  const finance = container.resolve<SellerFinanceModuleService>(SELLER_FINANCE_MODULE)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const claimed = new Set((await finance.listPayoutBatchEntries({}, { select: ["ledger_entry_id"], take: null })).map((c) => c.ledger_entry_id))
  const open = (await finance.listLedgerEntries({ kind: { $ne: "payout" } }, { select: ["id", "seller_id", "order_id", "amount"], take: null })).filter(
    (e) => !claimed.has(e.id),
  )
  const orderIds = [...new Set(open.map((e) => e.order_id).filter((id): id is string => !!id))]
  const { data: orders } = orderIds.length
    ? await query.graph({ entity: "order", fields: ["id", ...ORDER_STAGE_FIELDS], filters: { id: orderIds } })
    : { data: [] }
  const settled = new Set(orders.filter((o: any) => SETTLED.includes(sellerOrderStage(o))).map((o: any) => o.id as string))
  const payable = open.filter((e) => !e.order_id || settled.has(e.order_id))

  const bySeller = new Map<string, { amount: number; entry_ids: string[] }>()
  for (const e of payable) {
    const s = bySeller.get(e.seller_id) ?? { amount: 0, entry_ids: [] }
    s.amount += Number(e.amount)
    s.entry_ids.push(e.id)
    bySeller.set(e.seller_id, s)
  }
  const { data: sellers } = bySeller.size
    ? await query.graph({
        entity: "seller",
        fields: ["id", "name", "handle", "status", "bank_bin", "bank_account_number", "bank_account_holder"],
        filters: { id: [...bySeller.keys()] },
      })
    : { data: [] }
  const paid = sellers.filter((s: any) => s.status === "approved" && s.bank_bin && s.bank_account_number && s.bank_account_holder && bySeller.get(s.id)!.amount > 0)
  if (!paid.length) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, bilingual("Không có số dư nào đủ điều kiện chi trả", "No balance is ready to be paid out"))
  }

  const batch = await finance.createPayoutBatches({ created_by: input.created_by })
  try {
    await finance.createPayoutBatchLines(
      paid.map((s: any) => ({
        batch_id: batch.id,
        seller_id: s.id,
        seller_name: s.name,
        bank_bin: s.bank_bin,
        bank_account_number: s.bank_account_number,
        bank_account_holder: s.bank_account_holder,
        amount: bySeller.get(s.id)!.amount,
        // Banks take ASCII memos; the batch number lets the seller match the transfer.
        memo: `NONGSAN CHI TRA DOT ${batch.display_id} ${s.handle}`.toUpperCase().slice(0, 50),
      })),
    )
    await finance.createPayoutBatchEntries(
      paid.flatMap((s: any) => bySeller.get(s.id)!.entry_ids.map((ledger_entry_id) => ({ batch_id: batch.id, ledger_entry_id, seller_id: s.id }))),
    )
  } catch (e) {
    await finance.deletePayoutBatchWithLines(batch.id)
    if ((e as { type?: string }).type === MedusaError.Types.DUPLICATE_ERROR || /unique|already exists/i.test(String(e))) {
      throw new MedusaError(MedusaError.Types.CONFLICT, bilingual("Một đợt chi trả khác vừa được tạo, vui lòng thử lại", "Another payout batch was just drafted, please try again"))
    }
    throw e
  }
  return new StepResponse({ id: batch.id }, batch.id)
}, async (batchId, { container }) => {
  if (batchId) await container.resolve<SellerFinanceModuleService>(SELLER_FINANCE_MODULE).deletePayoutBatchWithLines(batchId)
})
