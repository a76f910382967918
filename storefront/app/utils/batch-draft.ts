import type { BatchInput, SellerBatch } from "~/types/batch"
import type { SellingUnit } from "~/utils/pack"

/** A batch as the form edits it: everything optional until checked. */
export type BatchDraft = {
  product_id: string
  harvest_date: string
  packing_date: string
  plot: string
  quantity: number | null
  unit: SellingUnit
  vietgap_code: string
  notes: string
}

/** Today in Vietnam as "YYYY-MM-DD": the usual harvest and packing day of a new batch. */
export function todayInVietnam(now = new Date()): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Ho_Chi_Minh", year: "numeric", month: "2-digit", day: "2-digit" }).format(now)
}

export function batchDraft(batch?: SellerBatch | null, productId = "", now = new Date()): BatchDraft {
  return {
    product_id: batch?.product?.id ?? productId,
    harvest_date: batch?.harvest_date ?? todayInVietnam(now),
    packing_date: batch ? (batch.packing_date ?? "") : todayInVietnam(now),
    plot: batch?.plot ?? "",
    quantity: batch?.quantity ?? null,
    unit: batch?.unit ?? "kg",
    vietgap_code: batch?.vietgap_code ?? "",
    notes: batch?.notes ?? "",
  }
}

/** Field → i18n key of what is missing; empty when the draft can be sent. */
export function batchDraftProblems(d: BatchDraft): Record<string, string> {
  const problems: Record<string, string> = {}
  if (!d.product_id) problems.product_id = "seller.batches.validation.product"
  if (!/^\d{4}-\d{2}-\d{2}$/.test(d.harvest_date)) problems.harvest_date = "seller.batches.validation.harvestDate"
  if (!d.plot.trim()) problems.plot = "seller.batches.validation.plot"
  if (!d.quantity || d.quantity <= 0) problems.quantity = "seller.batches.validation.quantity"
  return problems
}

/** The draft as the API takes it: emptied optional fields are sent as null (cleared). */
export function batchPayload(d: BatchDraft): BatchInput {
  return {
    harvest_date: d.harvest_date,
    packing_date: d.packing_date || null,
    plot: d.plot.trim(),
    quantity: d.quantity ?? 0,
    unit: d.unit,
    vietgap_code: d.vietgap_code.trim() || null,
    notes: d.notes.trim() || null,
  }
}
