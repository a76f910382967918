import type { MedusaResponse } from "@medusajs/framework/http"
import { stringify } from "csv-stringify/sync"

/**
 * Sends rows as a CSV download, columns in the given order, written by csv-stringify as the open
 * data is (plugins/statistics). UTF-8 with a byte-order mark: Excel, which most operators open it
 * in, otherwise reads Vietnamese names as Latin-1.
 */
export function sendCsv(res: MedusaResponse, filename: string, rows: object[], keys: string[]) {
  res.setHeader("Content-Type", "text/csv; charset=utf-8")
  res.setHeader("Content-Disposition", `attachment; filename="${filename}"`)
  res.send(stringify(rows, { header: true, columns: keys, bom: true }))
}
