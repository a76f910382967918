import { model } from "@medusajs/framework/utils"
import { Seller } from "./seller"

/** A farming certification the seller holds: VietGAP, organic, GlobalGAP. (OCOP is per product.) */
export const SellerCertification = model.define("seller_certification", {
  id: model.id({ prefix: "scert" }).primaryKey(),
  kind: model.enum(["vietgap", "organic", "globalgap", "other"]),
  number: model.text(),
  issuer: model.text(),
  expires_at: model.dateTime().nullable(),
  seller: model.belongsTo(() => Seller, { mappedBy: "certifications" }),
})
