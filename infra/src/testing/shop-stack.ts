// One browser suite's stack, started before its tests and stopped after them: a Medusa on its
// own database, the built storefront pointed at it, and headless Chromium.
import type { Browser } from "playwright-core"
import { afterAll, beforeAll } from "vitest"
import { launchBrowser } from "./browser.ts"
import { startTestMedusa, type TestMedusa } from "./medusa.ts"
import { freePort } from "../stack.ts"
import { startTestStorefront, type TestStorefront } from "./storefront.ts"

export type ShopStack = { medusa: TestMedusa; storefront: TestStorefront; browser: Browser }

/**
 * Call inside a describe(): the returned object is filled in by the time the tests run. Medusa
 * knows the storefront's address (the port is chosen first), so links it makes for the buyer
 * (VNPay's return, QR codes) open this storefront; `env` adds to Medusa's environment.
 */
export function useShopStack(env: Record<string, string> = {}): ShopStack {
  const stack = {} as Partial<ShopStack>
  beforeAll(async () => {
    const port = await freePort()
    stack.medusa = await startTestMedusa({ STOREFRONT_URL: `http://localhost:${port}`, ...env })
    stack.storefront = await startTestStorefront(stack.medusa, port)
    stack.browser = await launchBrowser()
  })
  afterAll(async () => {
    await stack.browser?.close()
    await stack.storefront?.stop()
    await stack.medusa?.stop()
  })
  return stack as ShopStack
}
