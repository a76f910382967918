import type { ProductInput, SellerProduct } from "~/types/seller"
import { formatDayMonth, parseDayMonth } from "./dates"

/** The optional details of a product as the form holds them (harvest days typed "20/05"). */
export type DetailsDraft = {
  subtitle: string
  description: string
  category_id: string
  origin_province: string
  origin_commune: string
  harvest_from: string
  harvest_to: string
}

export function emptyDetails(origin: { province?: string | null; commune?: string | null } = {}): DetailsDraft {
  return { subtitle: "", description: "", category_id: "", origin_province: origin.province ?? "", origin_commune: origin.commune ?? "", harvest_from: "", harvest_to: "" }
}

export function detailsFromProduct(p: SellerProduct): DetailsDraft {
  return {
    subtitle: p.subtitle ?? "",
    description: p.description ?? "",
    category_id: p.category?.id ?? "",
    origin_province: p.origin_province ?? "",
    origin_commune: p.origin_commune ?? "",
    harvest_from: formatDayMonth(p.harvest_window?.from),
    harvest_to: formatDayMonth(p.harvest_window?.to),
  }
}

/**
 * The details as the API takes them, or the fields the browser can already tell are wrong
 * (keys as the API's issue paths, values are i18n keys).
 */
export function detailsPayload(d: DetailsDraft): { payload: Partial<ProductInput>; errors: Record<string, string> } {
  const errors: Record<string, string> = {}
  const from = parseDayMonth(d.harvest_from)
  const to = parseDayMonth(d.harvest_to)
  if (d.harvest_from.trim() && !from) errors["harvest_window.from"] = "seller.product.harvestInvalid"
  if (d.harvest_to.trim() && !to) errors["harvest_window.to"] = "seller.product.harvestInvalid"
  if (!errors["harvest_window.from"] && !errors["harvest_window.to"] && Boolean(from) !== Boolean(to)) {
    errors[from ? "harvest_window.to" : "harvest_window.from"] = "seller.product.harvestBoth"
  }
  const text = (s: string) => s.trim() || null
  return {
    payload: {
      subtitle: text(d.subtitle),
      description: text(d.description),
      category_id: d.category_id || null,
      origin_province: text(d.origin_province),
      origin_commune: text(d.origin_commune),
      harvest_window: from && to ? { from, to } : null,
    },
    errors,
  }
}
