import type { MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { z } from "@medusajs/framework/zod"
import { parseInput } from "../../../../../lib/http/parse-input"
import type { SellerStallRequest } from "../../../../../lib/market/seller-stalls"
import { saleStallPayload, vnpaySaleStallPayload } from "../../../../../lib/market/stall-qr"
import { MARKET_MODULE, type MarketModuleService } from "../../../../../modules/market"
import { createStallSaleWorkflow } from "../../../../../workflows/market/workflows/create-stall-sale"

const SaleSchema = z.object({
  amount: z.number({ error: "Số tiền phải là số nguyên đồng / Amount must be whole VND" }).int("Số tiền phải là số nguyên đồng / Amount must be whole VND").min(1000, "Tối thiểu 1.000 ₫ / At least 1,000 ₫").max(500_000_000, "Tối đa 500.000.000 ₫ / At most 500,000,000 ₫"),
  note: z.string().trim().max(60, "Ghi chú tối đa 60 ký tự / Note: at most 60 characters").nullish(),
  method: z.enum(["vietqr", "vnpay_qr"], { error: "Cách thanh toán là vietqr hoặc vnpay_qr / method must be vietqr or vnpay_qr" }).default("vietqr"),
})

/**
 * A dynamic QR for one sale: VietQR (the amount, and a memo "NSQ…" that finds this sale) or,
 * when the market has a VNPay merchant, VNPAY-QR (the sale's code as bill number).
 */
export async function POST(req: SellerStallRequest, res: MedusaResponse) {
  const input = parseInput(SaleSchema, req.body)
  const stall = await req.scope.resolve<MarketModuleService>(MARKET_MODULE).retrieveStall(req.params.id, { relations: ["market"] })
  if (input.method === "vnpay_qr" && !(stall.market.vnpay_tmn_code && stall.market.vnpay_hash_secret_sealed)) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "Chợ chưa đăng ký VNPAY-QR / This market has no VNPAY-QR merchant")
  }
  const { result: sale } = await createStallSaleWorkflow(req.scope).run({ input: { stall_id: stall.id, amount: input.amount, note: input.note ?? null, method: input.method } })
  const qr_payload = sale.method === "vnpay_qr" ? vnpaySaleStallPayload(stall, sale) : saleStallPayload(stall, sale)
  res.status(201).json({ sale: { id: sale.id, code: sale.code, amount: sale.amount, note: sale.note, method: sale.method, qr_payload } })
}
