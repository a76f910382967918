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
