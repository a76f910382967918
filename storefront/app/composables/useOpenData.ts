import type { MarketRow, OpenDataset, OrderRow, ProductRow, SellerRow } from "~/types/open-data"

/** The backend's public address of an open-data file: what a download link points at. */
export function useOpenDataUrl() {
  const config = useRuntimeConfig()
  return (path: string) => `${config.public.medusaUrl}${path}`
}

/**
 * The four open datasets the statistics page draws, fetched once on the server (the page is
 * SSR; the browser reuses the payload). Open data needs no publishable key: a plain fetch.
 */
export function useOpenData() {
  const config = useRuntimeConfig()
  const base = import.meta.server ? config.medusaUrl : config.public.medusaUrl
  const get = <Row>(id: string) => $fetch<OpenDataset<Row>>(`${base}/open-data/v1/${id}.json`)
  return useAsyncData("open-data", async () => {
    const [sellers, products, orders, markets] = await Promise.all([
      get<SellerRow>("sellers"),
      get<ProductRow>("products"),
      get<OrderRow>("orders"),
      get<MarketRow>("markets"),
    ])
    return { sellers, products, orders, markets }
  })
}
