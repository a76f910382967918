// One browser suite's stack, started before its tests and stopped after them: a Medusa on its
// own database, the built storefront pointed at it, and headless Chromium.
import type { Browser } from "playwright-core"
import { afterAll, beforeAll } from "vitest"
import { launchBrowser } from "./browser.ts"
import { startTestMedusa, type TestMedusa } from "./medusa.ts"
import { startTestStorefront, type TestStorefront } from "./storefront.ts"

export type ShopStack = { medusa: TestMedusa; storefront: TestStorefront; browser: Browser }

/** Call inside a describe(): the returned object is filled in by the time the tests run. */
export function useShopStack(): ShopStack {
  const stack = {} as Partial<ShopStack>
  beforeAll(async () => {
    stack.medusa = await startTestMedusa()
    stack.storefront = await startTestStorefront(stack.medusa)
    stack.browser = await launchBrowser()
  })
  afterAll(async () => {
    await stack.browser?.close()
    await stack.storefront?.stop()
    await stack.medusa?.stop()
  })
  return stack as ShopStack
}
