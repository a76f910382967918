import type { TestMedusa } from "../../../infra/src/testing/medusa.ts"

/** An open SSE stream of a stall, collecting the ledger events it receives. */
export function openStallStream(medusa: TestMedusa, stallId: string, token: string, headers: Record<string, string> = {}) {
  const controller = new AbortController()
  const events: Array<{ id: string; data: { amount: number; seq: number; stall_id?: string; sale_code?: string | null } }> = []
  const ready = fetch(`${medusa.url}/seller/stalls/${stallId}/events`, { headers: { authorization: `Bearer ${token}`, ...headers }, signal: controller.signal }).then((res) => {
    if (res.status === 200) {
      void (async () => {
        const reader = res.body!.pipeThrough(new TextDecoderStream()).getReader()
        let buffer = ""
        try {
          for (;;) {
            const { value, done } = await reader.read()
            if (done) return
            buffer += value
            const blocks = buffer.split("\n\n")
            buffer = blocks.pop()!
            for (const block of blocks) {
              const id = block.match(/^id: (.*)$/m)?.[1]
              const data = block.match(/^data: (.*)$/m)?.[1]
              if (id && data) events.push({ id, data: JSON.parse(data) })
            }
          }
        } catch {
          // aborted
        }
      })()
    }
    return res.status
  })
  return { ready, events, close: () => controller.abort() }
}
