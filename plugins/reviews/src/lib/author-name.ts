type Name = { first_name?: string | null; last_name?: string | null }

/**
 * How a review is signed: the buyer's name in Vietnamese order with the given name cut to its
 * initial ("Trần Thị Lan" → "Trần Thị L."): recognisable to those who know them, never the
 * whole name or the email. A one-word name stays as it is.
 */
export function reviewAuthorName(customer: Name | null | undefined): string {
  const words = [customer?.last_name, customer?.first_name].flatMap((part) => part?.trim().split(/\s+/) ?? []).filter(Boolean)
  if (!words.length) return "Khách hàng"
  if (words.length === 1) return words[0]!
  const given = words.pop()!
  return `${words.join(" ")} ${given.charAt(0).toUpperCase()}.`
}
