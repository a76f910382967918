import type { FetchError } from "@medusajs/js-sdk"

/** What GET /store/trace/:code answers (plugins/ocop): a batch's public trace. */
export type Trace = {
  code: string
  product: { title: string | null; handle: string | null; thumbnail: string | null }
  seller: { name: string; handle: string; commune: string | null; province: string | null } | null
  harvest_date: string
  packing_date: string | null
  plot: string
  quantity: number
  unit: string
  vietgap_code: string | null
  certifications: { kind: string; number: string; issuer: string; expires_at: string | null; valid: boolean }[]
  ocop_certificates: {
    code: string
    status: "verified" | "expired" | "revoked"
    stars: 3 | 4 | 5
    product_group: string
    level: "province" | "ministry"
    issuing_authority: string
    decision_number: string
    decision_date: string
    expires_on: string
  }[]
  scan_count: number
}

/**
 * The trace of a label's code, fetched while the page renders on the server (each fetch counts
 * one scan; the browser reuses the server's answer). Null for a code that traces to nothing.
 */
export function useTrace(code: string) {
  const sdk = useMedusa()
  return useAsyncData(`trace:${code}`, () =>
    sdk.client
      .fetch<{ trace: Trace }>(`/store/trace/${encodeURIComponent(code)}`)
      .then((r) => r.trace)
      .catch((e: FetchError) => {
        if (e.status === 404) return null
        throw e
      })
  )
}

/** line item id → the code of the batch it was packed from, for a buyer's order group. */
export function useOrderGroupBatches(groupId: string) {
  const sdk = useMedusa()
  return useAsyncData(`order-group-batches:${groupId}`, () =>
    sdk.client
      .fetch<{ line_items: Record<string, { code: string }> }>(`/store/order-groups/${groupId}/batches`)
      .then((r) => r.line_items)
      // The order page shows without its trace links rather than not at all.
      .catch(() => ({}) as Record<string, { code: string }>)
  )
}
