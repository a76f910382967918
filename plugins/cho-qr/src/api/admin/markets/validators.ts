import { z } from "@medusajs/framework/zod"

const text = (vi: string, en: string, max = 200) =>
  z.string({ error: `Cần ${vi} / ${en} is required` }).trim().min(1, `Cần ${vi} / ${en} is required`).max(max, `${vi} quá dài / ${en} is too long`)

export const CreateMarketSchema = z.object({
  name: text("tên chợ", "name"),
  commune: text("xã/phường", "commune"),
  province: text("tỉnh/thành phố", "province"),
  opening_hours: z.string().trim().max(100).nullish(),
})

/**
 * A market's VNPay merchant for VNPAY-QR: the terminal code VNPay issued and its hash secret
 * (write-only: sealed before it is stored, never returned). null removes the configuration.
 */
const VnpayMerchantSchema = z.object({
  tmn_code: z.string({ error: "Cần mã TMN của VNPay / tmn_code is required" }).trim().regex(/^[A-Za-z0-9]{1,20}$/, "Mã TMN gồm 1–20 chữ cái hoặc chữ số / tmn_code: 1–20 letters or digits"),
  hash_secret: z.string({ error: "Cần chuỗi bí mật VNPay / hash_secret is required" }).trim().min(8, "Chuỗi bí mật VNPay quá ngắn / hash_secret is too short").max(200, "Chuỗi bí mật VNPay quá dài / hash_secret is too long"),
})

export const UpdateMarketSchema = CreateMarketSchema.partial().extend({ vnpay: VnpayMerchantSchema.nullish() })

export const CreateStallSchema = z.object({
  number: text("số quầy", "number", 20),
  name: text("tên quầy", "name"),
  goods: z.string().trim().max(200).nullish(),
  bank_bin: z.string({ error: "Cần mã BIN ngân hàng / bank_bin is required" }).regex(/^\d{6}$/, "Mã BIN gồm 6 chữ số / bank_bin must be 6 digits"),
  bank_name: z.string().trim().max(100, "Tên ngân hàng quá dài / bank_name is too long").nullish(),
  account_number: z.string({ error: "Cần số tài khoản / account_number is required" }).regex(/^[A-Za-z0-9]{1,19}$/, "Số tài khoản gồm 1–19 chữ cái hoặc chữ số / account_number: 1–19 letters or digits"),
  account_holder: text("chủ tài khoản", "account_holder", 100),
  vendor_phone: z.string().trim().nullish(),
})

export const UpdateStallSchema = CreateStallSchema.omit({ vendor_phone: true }).partial()

export const InviteVendorSchema = z.object({ phone: z.string({ error: "Cần số điện thoại / phone is required" }).trim().min(1) })

export const LedgerAdjustmentSchema = z.object({
  kind: z.enum(["refund", "correction"], { error: "Loại phải là refund hoặc correction / kind must be refund or correction" }),
  amount: z
    .number({ error: "Số tiền phải là số nguyên đồng / amount must be whole VND" })
    .int("Số tiền phải là số nguyên đồng / amount must be whole VND")
    .refine((n) => n !== 0 && Math.abs(n) <= 1_000_000_000, "Số tiền khác 0, tối đa 1 tỷ đồng / amount must be non-zero, at most 1,000,000,000"),
  reason: text("lý do", "reason", 300),
})
