import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { newMemo } from "../../../lib/bank-transfer/memo"
import { MARKET_MODULE, type MarketModuleService } from "../../../modules/market"

export type NewStallSale = { stall_id: string; amount: number; note?: string | null; method?: "vietqr" | "vnpay_qr" }

/** One sale the vendor typed in, with a fresh "NSQ" code for its memo. */
export const createStallSaleStep = createStep("create-stall-sale", async (input: NewStallSale, { container }) => {
  const sale = await container.resolve<MarketModuleService>(MARKET_MODULE).createStallSales({ ...input, code: newMemo("sale") })
  return new StepResponse(sale, sale.id)
}, async (id, { container }) => {
  if (id) await container.resolve<MarketModuleService>(MARKET_MODULE).deleteStallSales(id)
})
