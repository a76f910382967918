// The JSON client of a running Medusa, apart from testing/medusa.ts (which needs vitest's inject)
// so that the bench and other scripts outside vitest call Medusa the same way the tests do.

export type MedusaApi = (path: string, init?: RequestInit & { json?: unknown; token?: string }) => Promise<{ status: number; body: any }>

/** fetch against the Medusa at url, JSON in and out; the publishable key is sent on /store routes. */
export function medusaApi(url: string, key: string): MedusaApi {
  return async (path, init = {}) => {
    const headers: Record<string, string> = { ...(init.headers as Record<string, string>) }
    if (path.startsWith("/store")) headers["x-publishable-api-key"] ??= key
    if (init.token) headers.authorization = `Bearer ${init.token}`
    if (init.json !== undefined) headers["content-type"] = "application/json"
    const res = await fetch(`${url}${path}`, {
      ...init,
      headers,
      body: init.json !== undefined ? JSON.stringify(init.json) : init.body,
    })
    const text = await res.text()
    let body: unknown = text
    try {
      body = JSON.parse(text)
    } catch {
      // Not JSON: keep the text.
    }
    return { status: res.status, body }
  }
}
