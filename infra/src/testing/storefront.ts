// The built storefront (.output) served by Node for one browser suite, pointed at its Medusa.
import { stopGroup, type Managed } from "../processes.ts"
import { freePort, startStorefront } from "../stack.ts"
import type { TestMedusa } from "./medusa.ts"

export type TestStorefront = { url: string; stop: () => Promise<void> }

/** `port` when Medusa must know the storefront's address first (payment return URLs). */
export async function startTestStorefront(medusa: TestMedusa, port?: number): Promise<TestStorefront> {
  let managed: Managed | undefined
  const storefront = await startStorefront({
    port: port ?? (await freePort()),
    medusaUrl: medusa.url,
    publishableKey: medusa.publishableKey,
    mode: "preview",
    quiet: !process.env.NONGSAN_TEST_VERBOSE,
    onSpawn: (m) => (managed = m),
  }).catch(async (error) => {
    if (managed) await stopGroup(managed)
    throw error
  })
  return { url: storefront.url, stop: () => stopGroup(storefront) }
}
