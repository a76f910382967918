import { model } from "@medusajs/framework/utils"
import { SellerCertification } from "./seller-certification"
import { SellerMember } from "./seller-member"

/**
 * A selling account: a farmer household (hộ sản xuất), a cooperative (HTX) or an enterprise.
 * Address on the post-2025 administrative units: province and commune, no district.
 * The national ID (CCCD) is kept only encrypted; its last four digits are kept for display.
 */
export const Seller = model
  .define("seller", {
    id: model.id({ prefix: "sel" }).primaryKey(),
    handle: model.text().unique(),
    name: model.text().searchable(),
    type: model.enum(["household", "cooperative", "enterprise"]).default("household"),
    status: model.enum(["pending", "approved", "rejected", "suspended"]).default("pending"),
    status_reason: model.text().nullable(),
    status_changed_at: model.dateTime().nullable(),
    representative_name: model.text().nullable(),
    phone: model.text().nullable(),
    email: model.text().nullable(),
    province: model.text().nullable(),
    commune: model.text().nullable(),
    address_line: model.text().nullable(),
    farm_area_m2: model.number().nullable(),
    story: model.text().nullable(),
    national_id_encrypted: model.text().nullable(),
    national_id_last4: model.text().nullable(),
    bank_bin: model.text().nullable(),
    bank_account_number: model.text().nullable(),
    bank_account_holder: model.text().nullable(),
    closed_from: model.dateTime().nullable(),
    closed_until: model.dateTime().nullable(),
    closure_message: model.text().nullable(),
    members: model.hasMany(() => SellerMember, { mappedBy: "seller" }),
    certifications: model.hasMany(() => SellerCertification, { mappedBy: "seller" }),
  })
  .cascades({ delete: ["members", "certifications"] })
  .indexes([{ on: ["status"] }])
