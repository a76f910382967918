// Headless Chromium (Debian's `chromium` package) driven by playwright-core.
import { existsSync, mkdirSync } from "node:fs"
import { join } from "node:path"
import { chromium, type Browser, type Page } from "playwright-core"
import { repoRoot } from "../paths.ts"

export const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium"

/**
 * Whether browser suites can run here. Locally a missing Chromium skips them with a reason; in CI
 * (CI=true) it is an error, since CI installs Chromium and must run them.
 */
export function chromiumAvailable(): boolean {
  if (existsSync(CHROMIUM)) return true
  const reason = `Chromium not found at ${CHROMIUM} (apt-get install chromium): browser tests skipped`
  if (process.env.CI) throw new Error(reason)
  console.warn(reason)
  return false
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    // No sandbox as root; no background traffic on a machine without a network.
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"],
  })
}

/** A page the size of a mid-range Android phone. */
export async function phonePage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, locale: "vi-VN" })
  return context.newPage()
}

/** Saves a screenshot under storefront/e2e/screenshots (ignored by git) for a person to look at. */
export async function screenshot(page: Page, name: string) {
  const dir = join(repoRoot, "storefront", "e2e", "screenshots")
  mkdirSync(dir, { recursive: true })
  await page.screenshot({ path: join(dir, `${name}.png`), fullPage: true })
}

/**
 * Opens `url` with the page's JavaScript held back, as a slow phone sees it before hydration:
 * `act` works on the server-rendered page, then the scripts load and the promise resolves once
 * Nuxt has hydrated the page.
 */
export async function beforeHydration(page: Page, url: string, act: () => Promise<void>) {
  let release!: () => void
  const released = new Promise<void>((resolve) => (release = resolve))
  await page.route("**/_nuxt/**", async (route) => {
    await released
    await route.continue()
  })
  // Not "domcontentloaded": that waits for the (deferred) module scripts held here. The locators
  // in `act` wait for the server-rendered elements themselves.
  await page.goto(url, { waitUntil: "commit" })
  await act()
  release()
  await page.waitForFunction(() => {
    const app = (document.getElementById("__nuxt") as (HTMLElement & { __vue_app__?: { $nuxt?: { isHydrating?: boolean } } }) | null)?.__vue_app__
    return app?.$nuxt?.isHydrating === false
  })
  await page.unroute("**/_nuxt/**")
}
