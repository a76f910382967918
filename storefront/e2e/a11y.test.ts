import { createRequire } from "node:module"
import type { Page } from "playwright-core"
import { describe, expect, it, vi } from "vitest"
import { chromiumAvailable, phonePage } from "../../infra/src/testing/browser.ts"
import { useShopStack } from "../../infra/src/testing/shop-stack.ts"
import { demoData } from "../../infra/src/testing/demo-catalogue.ts"
import { openProduct } from "./checkout-form.ts"

const AXE = createRequire(import.meta.url).resolve("axe-core/axe.min.js")

type Violation = { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }

/** axe-core's serious and critical findings on the page as it is now (WCAG 2.x A and AA rules). */
async function seriousViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: AXE })
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: Violation[] }> } }).axe
    const result = await axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } })
    return result.violations
  })
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)
}

describe.runIf(chromiumAvailable())("accessibility of the shop's main pages (axe-core)", () => {
  const stack = useShopStack()

  it("finds nothing serious on home, category, province, search, product, cart and checkout", async () => {
    await vi.waitFor(async () => expect((await stack.medusa.api("/store/search")).body.count).toBe(demoData.products.length), { timeout: 30_000, interval: 250 })
    const page = await phonePage(stack.browser)
    const found: Record<string, string[]> = {}
    for (const path of ["/", "/danh-muc/trai-cay", "/tinh/hai-phong", "/tim-kiem?q=vai+thieu", "/en"]) {
      await page.goto(`${stack.storefront.url}${path}`)
      found[path] = await seriousViolations(page)
    }
    // The product page once interactive, then the cart and checkout with what it added.
    await openProduct(page, `${stack.storefront.url}/san-pham/che-tan-cuong-dac-biet`)
    found["/san-pham/che-tan-cuong-dac-biet"] = await seriousViolations(page)
    await page.getByRole("button", { name: "Thêm vào giỏ" }).click()
    await page.getByRole("status").getByText(/Đã thêm/).waitFor()
    await page.goto(`${stack.storefront.url}/gio-hang`)
    await page.locator("[data-test=farm-group]").first().waitFor()
    found["/gio-hang"] = await seriousViolations(page)
    await page.goto(`${stack.storefront.url}/thanh-toan`)
    await page.locator("[data-test=place-order]:not([disabled])").waitFor()
    found["/thanh-toan"] = await seriousViolations(page)
    expect(found).toEqual(Object.fromEntries(Object.keys(found).map((path) => [path, []])))
  })
})
