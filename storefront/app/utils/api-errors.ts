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
