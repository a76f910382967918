import type { TestMedusa } from "../../../infra/src/testing/medusa.ts"

/** POST /seller/ocop-certificates/scans, multipart as the dashboard sends it. */
export async function uploadScan(medusa: TestMedusa, token: string, content: Buffer | string, name = "chung-nhan.jpg", type = "image/jpeg") {
  const form = new FormData()
  form.append("file", new Blob([content], { type }), name)
  const res = await fetch(`${medusa.url}/seller/ocop-certificates/scans`, { method: "POST", headers: { authorization: `Bearer ${token}` }, body: form })
  return { status: res.status, body: await res.json() }
}

/** A certificate a province issued last spring, for the given products. */
export function certificateInput(productIds: string[], scan: unknown, overrides: Record<string, unknown> = {}) {
  return {
    product_ids: productIds,
    stars: 4,
    product_group: "food",
    decision_number: "1520/QĐ-UBND",
    issuing_authority: "UBND thành phố Hải Phòng",
    level: "province",
    decision_date: "2025-05-20",
    scan,
    ...overrides,
  }
}

/** A seller's certificate submitted with a fresh scan; answers the certificate. */
export async function submitCertificate(medusa: TestMedusa, token: string, productIds: string[], overrides: Record<string, unknown> = {}) {
  const scan = await uploadScan(medusa, token, "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n", "qd.pdf", "application/pdf")
  if (scan.status !== 201) throw new Error(`scan: ${scan.status} ${JSON.stringify(scan.body)}`)
  const res = await medusa.api("/seller/ocop-certificates", { method: "POST", token, json: certificateInput(productIds, scan.body.scan, overrides) })
  if (res.status !== 201) throw new Error(`submit: ${res.status} ${JSON.stringify(res.body)}`)
  return res.body.certificate
}
