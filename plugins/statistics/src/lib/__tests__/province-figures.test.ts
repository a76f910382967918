import InMemoryCacheService from "@medusajs/cache-inmemory/dist/services/inmemory-cache"
import { describe, expect, it } from "vitest"
import { computeFigures, type Figures } from "../figures/compute-figures"
import { cachedFigures, forgetFigures } from "../province-figures"
import { facts } from "./facts"

const figures = (today: string): Figures => computeFigures(facts({ today }))

describe("cachedFigures", () => {
  it("serves the cached count until an operator's change", async () => {
    const cache = new InMemoryCacheService({}, {})
    expect((await cachedFigures(cache, async () => figures("2026-11-01"))).today).toBe("2026-11-01")
    expect((await cachedFigures(cache, async () => figures("2026-11-02"))).today).toBe("2026-11-01")
    await forgetFigures(cache)
    expect((await cachedFigures(cache, async () => figures("2026-11-03"))).today).toBe("2026-11-03")
  })

  it("does not keep a count that began before a change and ended after it", async () => {
    const cache = new InMemoryCacheService({}, {})
    let finish!: () => void
    const slow = cachedFigures(cache, () => new Promise<Figures>((resolve) => (finish = () => resolve(figures("2026-11-01")))))
    await new Promise((r) => setTimeout(r, 5))
    // The operator enters a certified count while the slow count is still reading the old facts.
    await forgetFigures(cache)
    await new Promise((r) => setTimeout(r, 5))
    finish()
    await slow
    expect((await cachedFigures(cache, async () => figures("2026-11-02"))).today).toBe("2026-11-02")
  })
})
