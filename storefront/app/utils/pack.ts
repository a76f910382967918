/** The units the backend accepts for a pack (plugins/farmer-household … SELLING_UNITS). */
export const SELLING_UNITS = ["kg", "box", "bag", "bunch", "bottle", "jar", "piece", "pack"] as const
export type SellingUnit = (typeof SELLING_UNITS)[number]

export type PackDraft = {
  key: number
  id?: string
  title: string
  unit: SellingUnit
  unit_quantity: number | null
  weight_grams: number | null
  price: number | null
  stock: number | null
  /** Once the farmer types a weight we stop deriving it from the pack's name. */
  weightTouched: boolean
}

let nextKey = 1
export function newPack(title = "1 kg"): PackDraft {
  return { key: nextKey++, title, unit: "kg", unit_quantity: 1, weight_grams: 1000, price: null, stock: null, weightTouched: false, ...guessPack(title) }
}

const UNIT_WORDS: [RegExp, SellingUnit][] = [
  [/^(hộp|thùng|hop|thung|box)(?![\p{L}])/iu, "box"],
  [/^(túi|bao|tui|bag)(?![\p{L}])/iu, "bag"],
  [/^(chùm|bó|chum|bo|bunch)(?![\p{L}])/iu, "bunch"],
  [/^(chai|bottle)(?![\p{L}])/iu, "bottle"],
  [/^(hũ|lọ|hu|lo|jar)(?![\p{L}])/iu, "jar"],
  [/^(quả|trái|cái|con|qua|trai|cai|piece)(?![\p{L}])/iu, "piece"],
  [/^(gói|goi|pack)(?![\p{L}])/iu, "pack"],
]

/**
 * What a pack's name says about it: "Hộp 5 kg" is a box of 5 kg weighing about 5000 g, "Túi 500 g"
 * a bag of 500 g, "1 kg" is sold by the kilogram. Only what the name says is returned.
 */
export function guessPack(title: string): Partial<Pick<PackDraft, "unit" | "unit_quantity" | "weight_grams">> {
  const text = title.trim().normalize("NFC")
  const out: Partial<Pick<PackDraft, "unit" | "unit_quantity" | "weight_grams">> = {}
  const unit = UNIT_WORDS.find(([re]) => re.test(text))?.[1]
  const amount = text.match(/(\d+(?:[.,]\d+)?)\s*(kg|g|gr|gam|lạng)(?![\p{L}])/iu)
  if (amount) {
    const n = Number(amount[1]!.replace(",", "."))
    const measure = amount[2]!.toLowerCase()
    const grams = measure === "kg" ? n * 1000 : measure === "lạng" ? n * 100 : n
    out.weight_grams = Math.round(grams)
    out.unit_quantity = measure === "kg" ? n : grams / 1000
    out.unit = unit ?? (measure === "kg" && /^\d/.test(text) ? "kg" : "pack")
  } else if (unit) {
    out.unit = unit
  }
  return out
}

/** A pack as the backend's SellerVariantSchema takes it. */
export function packPayload(p: PackDraft) {
  return {
    title: p.title.trim(),
    unit: p.unit,
    ...(p.unit_quantity ? { unit_quantity: p.unit_quantity } : {}),
    weight_grams: p.weight_grams ?? 0,
    price: p.price ?? 0,
    stock: p.stock ?? 0,
  }
}
