import { model } from "@medusajs/framework/utils"
import { Stall } from "./stall"

/**
 * A cash-free market (chợ 4.0) run by an operator: where it is on the post-2025 units (commune
 * and province, no district) and when it is open, as people say it ("05:00–18:00"). A market is
 * deleted only while it has no stall: a stall's books outlive it (see Stall.archived_at).
 */
export const Market = model
  .define("market", {
    id: model.id({ prefix: "mkt" }).primaryKey(),
    name: model.text(),
    commune: model.text(),
    province: model.text(),
    opening_hours: model.text().nullable(),
    /**
     * The market's VNPay merchant (terminal) code, when it takes VNPAY-QR. Its IPNs name it in
     * vnp_TmnCode, which is how an IPN finds the market whose secret verifies it.
     */
    vnpay_tmn_code: model.text().nullable(),
    /** VNPay's hash secret for that code, sealed with AES-256-GCM (see the service); never sent out. */
    vnpay_hash_secret_sealed: model.text().nullable(),
    stalls: model.hasMany(() => Stall, { mappedBy: "market" }),
  })
  .cascades({ delete: ["stalls"] })
  .indexes([{ on: ["province"] }, { on: ["vnpay_tmn_code"], unique: true }])
