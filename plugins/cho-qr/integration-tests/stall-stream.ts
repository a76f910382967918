import type { TestMedusa } from "../../../infra/src/testing/medusa.ts"
import { readServerSentEvents } from "../../../infra/src/testing/server-sent-events.ts"

/** An open SSE stream of a stall, collecting the ledger events it receives. */
export function openStallStream(medusa: TestMedusa, stallId: string, token: string, headers: Record<string, string> = {}) {
  const controller = new AbortController()
  const events: Array<{ id: string; data: { amount: number; seq: number; stall_id?: string; sale_code?: string | null } }> = []
  const ready = fetch(`${medusa.url}/seller/stalls/${stallId}/events`, { headers: { authorization: `Bearer ${token}`, ...headers }, signal: controller.signal }).then((res) => {
    if (res.status === 200) {
      void readServerSentEvents(res, ({ id, data }) => {
        if (id) events.push({ id, data: JSON.parse(data) })
      })
    }
    return res.status
  })
  return { ready, events, close: () => controller.abort() }
}
