import type { TestMedusa } from "../../../infra/src/testing/medusa.ts"
import { signNotification } from "../src/lib/bank-transfer/signature.ts"

/** BANK_WEBHOOK_SECRET for a test Medusa whose bank notifications the test signs. */
export const BANK_SECRET = "test_bank_secret"
/** The demo account transfers are paid into when no BANK_TRANSFER_ACCOUNT is set. */
export const DEMO_ACCOUNT = "113366668888"
let seq = 0

/** The bank-notification service telling Medusa about a credit, signed unless told otherwise. */
export async function notifyBank(medusa: TestMedusa, fields: Record<string, unknown>, secret = BANK_SECRET) {
  const body = JSON.stringify({
    id: `FT${Date.now()}${seq++}`,
    bank_bin: "970415",
    account_number: DEMO_ACCOUNT,
    occurred_at: new Date().toISOString(),
    ...fields,
  })
  const res = await fetch(`${medusa.url}/hooks/bank-notifications`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-nongsan-signature": signNotification(body, secret) },
    body,
  })
  return { status: res.status, body: await res.json() }
}
