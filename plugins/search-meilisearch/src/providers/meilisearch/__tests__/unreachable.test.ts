import { createServer } from "node:net"
import { describe, expect, it } from "vitest"
import { MeilisearchSearchService } from "../service"

/** A local port nothing listens on: the connection is refused, as with a stopped server. */
async function closedPort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer()
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number }
      server.close(() => resolve(port))
    })
  })
}

describe("MeilisearchSearchService without a server", () => {
  it("needs a host", () => {
    expect(() => new MeilisearchSearchService({}, { host: "" })).toThrow(/MEILISEARCH_HOST/)
  })

  it("says which host it cannot reach and what it was doing", async () => {
    const host = `http://127.0.0.1:${await closedPort()}`
    const provider = new MeilisearchSearchService({}, { host })
    await expect(provider.listIndexes()).rejects.toThrow(`Meilisearch at ${host} is unreachable (while trying to list indexes)`)
    await expect(provider.clearIndex({ index: "product_v1" })).rejects.toThrow(/unreachable \(while trying to clear product_v1\)/)
  })
})
