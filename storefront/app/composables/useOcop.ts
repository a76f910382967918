import type { OcopBadgeInfo, OcopCertificateList, OcopCertificatePublic, OcopGroup, OcopStars } from "~/types/ocop"

/**
 * The OCOP badges of a list of products, in one request. Badges are a bonus on a page: if the
 * OCOP service fails, the products still show, without them.
 */
export function useOcopBadges(key: string, productIds: () => string[]) {
  const sdk = useMedusa()
  return useAsyncData(
    `ocop-badges:${key}`,
    async () => {
      const ids = productIds()
      if (!ids.length) return {}
      return sdk.client
        .fetch<{ badges: Record<string, OcopBadgeInfo> }>("/store/ocop/badges", { query: { product_id: ids } })
        .then((r) => r.badges)
        .catch(() => ({}))
    },
    { watch: [productIds], default: () => ({}) as Record<string, OcopBadgeInfo> }
  )
}

export type OcopFilter = { stars?: OcopStars[]; province?: string | null; product_group?: OcopGroup | null; limit?: number; offset?: number }

/** Valid certificates (verified, unexpired) matching a filter: the OCOP page. */
export function fetchOcopCertificates(sdk: ReturnType<typeof useMedusa>, filter: OcopFilter) {
  const query = Object.fromEntries(Object.entries(filter).filter(([, v]) => v !== null && v !== undefined && !(Array.isArray(v) && !v.length)))
  return sdk.client.fetch<OcopCertificateList>("/store/ocop/certificates", { query })
}

/** The OCOP page's certificates for the filter in the URL. */
export function useOcopCertificates(filter: () => OcopFilter) {
  const sdk = useMedusa()
  return useAsyncData(() => `ocop-certificates:${JSON.stringify(filter())}`, () => fetchOcopCertificates(sdk, filter()))
}

/** One certificate for its public verification page; null when there is none to show (404). */
export function useOcopCertificate(code: string) {
  const sdk = useMedusa()
  return useAsyncData(`ocop-certificate:${code}`, () =>
    sdk.client
      .fetch<{ certificate: OcopCertificatePublic }>(`/store/ocop/certificates/${encodeURIComponent(code)}`)
      .then((r) => r.certificate)
      .catch((error: { status?: number }) => {
        if (error?.status === 404 || error?.status === 400) return null
        throw error
      })
  )
}
