import { provinceSlug } from "../../../app/utils/province-slug"

/** The largest page Medusa is asked for at once while walking a list. */
const PAGE = 500

type Page<K extends string, T> = Record<K, T[]> & { count: number }

/**
 * The shop's dynamic pages for /sitemap.xml (@nuxtjs/sitemap adds the /en alternates):
 * every product, farm and category, and every province that has produce on sale. Read from
 * Medusa on each (cached) sitemap request, so a new product shows up without a rebuild.
 */
export default defineSitemapEventHandler(async () => {
  const config = useRuntimeConfig()
  const medusa = <T>(path: string, query: Record<string, unknown>) =>
    $fetch<T>(path, { baseURL: config.medusaUrl, query, headers: { "x-publishable-api-key": config.public.medusaPublishableKey } })
  /** Every row of a paged Medusa list. */
  async function all<K extends string, T>(path: string, key: K, query: Record<string, unknown>): Promise<T[]> {
    const rows: T[] = []
    for (let offset = 0; ; offset += PAGE) {
      const page = await medusa<Page<K, T>>(path, { ...query, limit: PAGE, offset })
      rows.push(...page[key])
      if (!page[key].length || rows.length >= page.count) return rows
    }
  }
  const [products, sellers, categories, search] = await Promise.all([
    all<"products", { handle: string; updated_at: string }>("/store/products", "products", { fields: "handle,updated_at" }),
    all<"sellers", { handle: string }>("/store/sellers", "sellers", {}),
    all<"product_categories", { handle: string }>("/store/product-categories", "product_categories", { fields: "handle" }),
    medusa<{ facets: { province: { value: string }[] } }>("/store/search", { limit: 1 }),
  ])
  const page = (loc: string, lastmod?: string) => ({ loc, ...(lastmod ? { lastmod } : {}), _i18nTransform: true })
  return [
    ...products.map((p) => page(`/san-pham/${p.handle}`, p.updated_at)),
    ...sellers.map((s) => page(`/nha-vuon/${s.handle}`)),
    ...categories.map((c) => page(`/danh-muc/${c.handle}`)),
    ...search.facets.province.map((p) => page(`/tinh/${provinceSlug(p.value)}`)),
  ]
})
