import type { MedusaResponse } from "@medusajs/framework/http"
import type { SellerRequest } from "@nongsan/farmer-household/api/utils/seller-context"
import { qrPng, qrSvg } from "../../lib/qr-image"
import { loadSellerBatch } from "./seller-batches"

const FORMATS = {
  svg: { type: "image/svg+xml; charset=utf-8", render: qrSvg },
  png: { type: "image/png", render: (text: string) => qrPng(text) },
}

/** The QR label image of the caller's batch: its public trace page's URL. */
export async function sendBatchQr(req: SellerRequest, res: MedusaResponse, format: keyof typeof FORMATS) {
  const batch = await loadSellerBatch(req.scope, req.params.id)
  const { type, render } = FORMATS[format]
  res.setHeader("content-type", type)
  res.setHeader("content-disposition", `inline; filename="lo-${batch.code}.${format}"`)
  res.setHeader("cache-control", "private, max-age=3600")
  res.send(await render(batch.trace_url))
}
