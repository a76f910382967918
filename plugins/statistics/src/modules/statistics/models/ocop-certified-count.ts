import { model } from "@medusajs/framework/utils"

/**
 * How many products a province had OCOP-certified in a year, as the operator read it from the
 * province's own report. The marketplace only knows the certificates its sellers uploaded; this
 * is the denominator for "is every OCOP product online?".
 */
export const OcopCertifiedCount = model
  .define("ocop_certified_count", {
    id: model.id({ prefix: "ocopcnt" }).primaryKey(),
    /** A post-2025 province name, e.g. "Thành phố Hải Phòng". */
    province: model.text(),
    year: model.number(),
    certified_count: model.number(),
    /** Where the figure comes from, e.g. "Báo cáo 12/BC-UBND". */
    source: model.text().nullable(),
  })
  .indexes([{ on: ["province", "year"], unique: true }])
