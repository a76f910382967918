import type { MedusaResponse } from "@medusajs/framework/http"
import { stringify } from "csv-stringify/sync"

/**
 * Rows as CSV, columns in the given order, written by csv-stringify as the open data is
 * (plugins/statistics). UTF-8 with a byte-order mark: Excel, which most operators open it in,
 * otherwise reads Vietnamese names as Latin-1. Text a spreadsheet would run as a formula (a
 * seller's name starting with = + - @) gets an apostrophe, as cho-qr's ledger CSV does; numbers
 * stay numbers.
 */
export function toCsv(rows: object[], keys: string[]): string {
  return stringify(rows, {
    header: true,
    columns: keys,
    bom: true,
    cast: { string: (value) => (/^[=+\-@\t\r]/.test(value) ? `'${value}` : value) },
  })
}

/** Sends rows as a CSV download (see toCsv). */
export function sendCsv(res: MedusaResponse, filename: string, rows: object[], keys: string[]) {
  res.setHeader("Content-Type", "text/csv; charset=utf-8")
  res.setHeader("Content-Disposition", `attachment; filename="${filename}"`)
  res.send(toCsv(rows, keys))
}
