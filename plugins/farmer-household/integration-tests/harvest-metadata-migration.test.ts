import { execFile } from "node:child_process"
import { promisify } from "node:util"
import { fileURLToPath } from "node:url"
import { expect, it } from "vitest"
import { startTestMedusa } from "../../../infra/src/testing/medusa.ts"

const backend = fileURLToPath(new URL("../../../backend", import.meta.url))
const script = fileURLToPath(new URL("../.medusa/server/src/migration-scripts/harvest-windows-from-metadata.js", import.meta.url))

it("moves a harvest window kept in product metadata to the product's harvest plan", async () => {
  const medusa = await startTestMedusa()
  try {
    const token = await medusa.adminToken()
    // A product as the seller API used to save it: the window in metadata.
    const { body } = await medusa.api("/admin/products", {
      method: "POST",
      token,
      json: {
        title: "Vải thiều vụ trước",
        status: "published",
        metadata: { harvest_from: "06-01", harvest_to: "07-15", origin_province: "Thành phố Hải Phòng" },
        options: [{ title: "Quy cách", values: ["1 kg"] }],
        variants: [{ title: "1 kg", options: { "Quy cách": "1 kg" }, prices: [{ currency_code: "vnd", amount: 40000 }] }],
      },
    })
    const id = body.product.id
    // What `medusa db:migrate` does with a plugin's migration scripts, on this database. (Not
    // execFileSync: a blocked event loop would keep a keep-alive socket the server has closed.)
    await promisify(execFile)("npx", ["medusa", "exec", script], { cwd: backend, env: { ...process.env, DATABASE_URL: medusa.databaseUrl } })

    const { body: harvest } = await medusa.api(`/store/harvest?product_id=${id}`)
    expect(harvest.harvest[id].windows).toEqual([{ label: "Vụ chính", from: "06-01", to: "07-15" }])
    const { body: after } = await medusa.api(`/admin/products/${id}?fields=metadata`, { token })
    expect(after.product.metadata).toEqual({ origin_province: "Thành phố Hải Phòng" })
  } finally {
    await medusa.stop()
  }
})
