import type { MedusaResponse } from "@medusajs/framework/http"
import { parseInput } from "../../../../../lib/http/parse-input"
import { DayQuerySchema } from "../../../../../lib/market/day-query"
import { ledgerCsv } from "../../../../../lib/market/ledger-csv"
import type { SellerStallRequest } from "../../../../../lib/market/seller-stalls"
import { stallDay } from "../../../../../lib/market/stall-day"

/** The day's books as CSV, for the vendor's own records. */
export async function GET(req: SellerStallRequest, res: MedusaResponse) {
  const { day } = parseInput(DayQuerySchema, req.query)
  const books = await stallDay(req.scope, req.params.id, day)
  res.setHeader("content-type", "text/csv; charset=utf-8")
  res.setHeader("content-disposition", `attachment; filename="so-quay-${day}.csv"`)
  res.send(ledgerCsv(books.entries))
}
