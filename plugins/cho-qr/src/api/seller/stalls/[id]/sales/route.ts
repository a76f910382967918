import type { MedusaResponse } from "@medusajs/framework/http"
import { z } from "@medusajs/framework/zod"
import { parseInput } from "../../../../../lib/http/parse-input"
import type { SellerStallRequest } from "../../../../../lib/market/seller-stalls"
import { saleStallPayload } from "../../../../../lib/market/stall-qr"
import { MARKET_MODULE, type MarketModuleService } from "../../../../../modules/market"
import { createStallSaleWorkflow } from "../../../../../workflows/market/workflows/create-stall-sale"

const SaleSchema = z.object({
  amount: z.number({ error: "Số tiền phải là số nguyên đồng / Amount must be whole VND" }).int("Số tiền phải là số nguyên đồng / Amount must be whole VND").min(1000, "Tối thiểu 1.000 ₫ / At least 1,000 ₫").max(500_000_000, "Tối đa 500.000.000 ₫ / At most 500,000,000 ₫"),
  note: z.string().trim().max(60, "Ghi chú tối đa 60 ký tự / Note: at most 60 characters").nullish(),
})

/** A dynamic VietQR for one sale: the amount, and a memo "NSQ…" that finds this sale. */
export async function POST(req: SellerStallRequest, res: MedusaResponse) {
  const input = parseInput(SaleSchema, req.body)
  const stall = await req.scope.resolve<MarketModuleService>(MARKET_MODULE).retrieveStall(req.params.id)
  const { result: sale } = await createStallSaleWorkflow(req.scope).run({ input: { stall_id: stall.id, amount: input.amount, note: input.note ?? null } })
  res.status(201).json({ sale: { id: sale.id, code: sale.code, amount: sale.amount, note: sale.note, qr_payload: saleStallPayload(stall, sale) } })
}
