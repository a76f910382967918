import { model } from "@medusajs/framework/utils"
import { Stall } from "./stall"

/**
 * One sale the vendor typed in. A VietQR sale's code rides in the transfer memo ("NSQ…"); a
 * VNPAY-QR sale's code is the bill number VNPay sends back as vnp_TxnRef in its IPN.
 */
export const StallSale = model.define("stall_sale", {
  id: model.id({ prefix: "ssale" }).primaryKey(),
  code: model.text().unique(),
  amount: model.number(),
  note: model.text().nullable(),
  method: model.enum(["vietqr", "vnpay_qr"]).default("vietqr"),
  stall: model.belongsTo(() => Stall, { mappedBy: "sales" }),
})
