import type { ProductInput, SellerProduct } from "~/types/seller"
import { formatDayMonth, parseDayMonth } from "./dates"

/** A harvest window as the form holds it: a name and days typed "20/05". */
export type WindowDraft = { label: string; from: string; to: string }

/** The optional details of a product as the form holds them. */
export type DetailsDraft = {
  subtitle: string
  description: string
  category_id: string
  origin_province: string
  origin_commune: string
  harvest_windows: WindowDraft[]
  preorder_enabled: boolean
  preorder_cap: number | null
}

/** The name a new window gets; most produce has one main crop ("vụ chính"). */
export const DEFAULT_WINDOW_LABEL = "Vụ chính"

export const newWindow = (label = DEFAULT_WINDOW_LABEL): WindowDraft => ({ label, from: "", to: "" })

export function emptyDetails(origin: { province?: string | null; commune?: string | null } = {}): DetailsDraft {
  return {
    subtitle: "",
    description: "",
    category_id: "",
    origin_province: origin.province ?? "",
    origin_commune: origin.commune ?? "",
    harvest_windows: [],
    preorder_enabled: false,
    preorder_cap: null,
  }
}

export function detailsFromProduct(p: SellerProduct): DetailsDraft {
  return {
    subtitle: p.subtitle ?? "",
    description: p.description ?? "",
    category_id: p.category?.id ?? "",
    origin_province: p.origin_province ?? "",
    origin_commune: p.origin_commune ?? "",
    harvest_windows: p.harvest_windows.map((w) => ({ label: w.label, from: formatDayMonth(w.from), to: formatDayMonth(w.to) })),
    preorder_enabled: p.preorder.enabled,
    preorder_cap: p.preorder.cap,
  }
}

/**
 * The details as the API takes them, or the fields the browser can already tell are wrong
 * (keys as the API's issue paths, values are i18n keys). Rows left empty are dropped.
 */
export function detailsPayload(d: DetailsDraft): { payload: Partial<ProductInput>; errors: Record<string, string> } {
  const errors: Record<string, string> = {}
  const windows: NonNullable<ProductInput["harvest_windows"]> = []
  d.harvest_windows.forEach((w, i) => {
    if (!w.from.trim() && !w.to.trim()) return
    const from = parseDayMonth(w.from)
    const to = parseDayMonth(w.to)
    if (w.from.trim() && !from) errors[`harvest_windows.${i}.from`] = "seller.product.harvestInvalid"
    if (w.to.trim() && !to) errors[`harvest_windows.${i}.to`] = "seller.product.harvestInvalid"
    if (!w.from.trim() || !w.to.trim()) errors[`harvest_windows.${i}.${w.from.trim() ? "to" : "from"}`] = "seller.product.harvestBoth"
    if (from && to) windows.push({ label: w.label.trim() || DEFAULT_WINDOW_LABEL, from, to })
  })
  if (d.preorder_enabled && !windows.length) errors["harvest_windows"] = "seller.product.preorderNeedsWindow"
  if (d.preorder_enabled && !d.preorder_cap) errors["preorder.cap"] = "seller.product.preorderCapNeeded"
  const text = (s: string) => s.trim() || null
  return {
    payload: {
      subtitle: text(d.subtitle),
      description: text(d.description),
      category_id: d.category_id || null,
      origin_province: text(d.origin_province),
      origin_commune: text(d.origin_commune),
      harvest_windows: windows,
      preorder: { enabled: d.preorder_enabled, cap: d.preorder_cap },
    },
    errors,
  }
}
