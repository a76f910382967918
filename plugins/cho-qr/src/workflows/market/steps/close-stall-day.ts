import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { stallDay } from "../../../lib/market/stall-day"
import { MARKET_MODULE, type MarketModuleService } from "../../../modules/market"

/** Writes the day's totals down once; a second close of the same day is refused. */
export const closeStallDayStep = createStep("close-stall-day", async (input: { stall_id: string; day: string }, { container }) => {
  const books = await stallDay(container, input.stall_id, input.day)
  if (books.closed) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Ngày ${input.day} đã chốt sổ / ${input.day} is already closed`)
  const close = await container.resolve<MarketModuleService>(MARKET_MODULE).createStallDayCloses({
    stall_id: input.stall_id,
    business_day: input.day,
    payment_count: books.payment_count,
    total: books.total,
    closed_at: new Date(),
  })
  return new StepResponse(close, close.id)
}, async (id, { container }) => {
  if (id) await container.resolve<MarketModuleService>(MARKET_MODULE).deleteStallDayCloses(id)
})
