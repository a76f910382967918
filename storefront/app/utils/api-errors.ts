/**
 * The backend writes its messages "Vietnamese / English". The dashboard shows the half that
 * matches the page's language.
 */
export function localizedMessage(message: string, locale: string): string {
  const at = message.indexOf(" / ")
  if (at < 0) return message
  return locale === "en" ? message.slice(at + 3) : message.slice(0, at)
}

export type ApiIssue = { path: string; message: string }

/** 400 issues by field path ("phone", "variants.0.price"), first message per field. */
export function issuesByField(issues: ApiIssue[] | undefined, locale: string): Record<string, string> {
  const out: Record<string, string> = {}
  for (const issue of issues ?? []) {
    const key = issue.path || "_"
    out[key] ??= localizedMessage(issue.message, locale)
  }
  return out
}

/** The errors for one pack ("variants.1.price" → {price}) out of a product's errors. */
export function packErrors(errors: Record<string, string>, index: number): Record<string, string> {
  const prefix = `variants.${index}.`
  return Object.fromEntries(Object.entries(errors).filter(([k]) => k.startsWith(prefix)).map(([k, v]) => [k.slice(prefix.length), v]))
}

/**
 * Medusa's own store errors are English only (the JS SDK keeps just the message and status).
 * The ones a buyer can run into get our words: i18n key by message.
 */
const MEDUSA_STORE_ERRORS: [RegExp, string][] = [
  [/required inventory|not enough stock/i, "shop.errors.stock"],
  [/cart .* (not found|already completed)|already been completed/i, "shop.errors.cartGone"],
]

/** What to tell a buyer about a failed store request: an i18n key, or the backend's own bilingual message. */
export function storeErrorText(error: unknown, locale: string): { key: string } | { text: string } {
  const e = error as { status?: number; message?: string } | null
  if (!e?.status) return { key: "shop.errors.network" }
  const message = e.message ?? ""
  const known = MEDUSA_STORE_ERRORS.find(([re]) => re.test(message))
  if (known) return { key: known[1] }
  if (message.includes(" / ")) return { text: localizedMessage(message, locale) }
  return { key: "shop.errors.unknown" }
}
