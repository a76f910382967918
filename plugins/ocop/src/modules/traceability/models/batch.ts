import { model } from "@medusajs/framework/utils"

/**
 * A batch (lô) of one product: what was harvested where and when, and packed when. Its public
 * code is printed as a QR on every package of the batch and opens the public trace page. The
 * batch belongs to its product (module link), and through it to the product's seller.
 */
export const Batch = model
  .define("batch", {
    id: model.id({ prefix: "batch" }).primaryKey(),
    code: model.text().unique(),
    harvest_date: model.dateTime(),
    packing_date: model.dateTime().nullable(),
    /** The plot or farm the produce came from ("Vườn Đồng Gạo, thửa 12"). */
    plot: model.text(),
    quantity: model.number(),
    /** One of the selling units of farmer-household (kg, box, bag…). */
    unit: model.text(),
    vietgap_code: model.text().nullable(),
    /** The seller's own notes: not shown on the public page. */
    notes: model.text().nullable(),
    /** How many times the public trace page was opened for this code. */
    scan_count: model.number().default(0),
  })
