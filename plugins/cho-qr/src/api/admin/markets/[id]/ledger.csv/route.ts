import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { parseInput } from "../../../../../lib/http/parse-input"
import { DayQuerySchema } from "../../../../../lib/market/day-query"
import { ledgerCsv } from "../../../../../lib/market/ledger-csv"
import { MARKET_MODULE, type MarketModuleService } from "../../../../../modules/market"

/** A market's day (today by default): every stall's ledger lines, for the market office. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { day } = parseInput(DayQuerySchema, req.query)
  const service = req.scope.resolve<MarketModuleService>(MARKET_MODULE)
  const market = await service.retrieveMarket(req.params.id, { relations: ["stalls"] })
  const names = new Map(market.stalls.map((s) => [s.id, `${s.number} · ${s.name}`]))
  const entries = names.size ? await service.listStallLedgerEntries({ stall_id: [...names.keys()], business_day: day }, { order: { stall_id: "ASC", seq: "ASC" } }) : []
  res.setHeader("content-type", "text/csv; charset=utf-8")
  res.setHeader("content-disposition", `attachment; filename="so-cho-${day}.csv"`)
  res.send(ledgerCsv(entries.map((e) => ({ ...e, stall_label: names.get(e.stall_id) })), { withStall: true }))
}
