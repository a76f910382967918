import type { StallLedgerEntry } from "~/types/market"

/**
 * A stall's live ledger feed (GET /seller/stalls/:id/events, server-sent events). EventSource
 * cannot send the seller's bearer token, so the stream is read with fetch; what EventSource
 * would do is done here: on a dropped connection it waits and reconnects with Last-Event-ID
 * (the last seq seen), and the server replays what was missed from the ledger: nothing lost,
 * nothing twice.
 */
export function useStallFeed(stallId: Ref<string | null>, afterSeq: Ref<number>, onEntry: (entry: StallLedgerEntry) => void) {
  const config = useRuntimeConfig()
  const store = useSellerStore()
  const connected = ref(false)
  let controller: AbortController | null = null
  let lastSeq = 0

  async function run(id: string, signal: AbortSignal) {
    let retryMs = 2000
    while (!signal.aborted) {
      try {
        const res = await fetch(`${config.public.medusaUrl}/seller/stalls/${id}/events`, {
          headers: { authorization: `Bearer ${store.token}`, "last-event-id": String(lastSeq) },
          signal,
        })
        if (!res.ok || !res.body) throw new Error(`feed ${res.status}`)
        connected.value = true
        const reader = res.body.pipeThrough(new TextDecoderStream()).getReader()
        let buffer = ""
        for (;;) {
          const { value, done } = await reader.read()
          if (done) break
          buffer += value
          const blocks = buffer.split("\n\n")
          buffer = blocks.pop() ?? ""
          for (const block of blocks) {
            const retry = block.match(/^retry: (\d+)$/m)?.[1]
            if (retry) retryMs = Number(retry)
            const data = block.match(/^data: (.*)$/m)?.[1]
            if (!data || !/^event: ledger$/m.test(block)) continue
            const entry = JSON.parse(data) as StallLedgerEntry
            if (entry.seq <= lastSeq) continue
            lastSeq = entry.seq
            onEntry(entry)
          }
        }
      } catch {
        // Network blip or the phone slept: try again below.
      }
      connected.value = false
      if (!signal.aborted) await new Promise((r) => setTimeout(r, retryMs))
    }
  }

  watch(
    [stallId, () => store.token],
    ([id]) => {
      controller?.abort()
      controller = null
      if (!id || !store.token) return
      lastSeq = afterSeq.value
      controller = new AbortController()
      void run(id, controller.signal)
    },
    { immediate: true }
  )
  onBeforeUnmount(() => controller?.abort())
  return { connected }
}
