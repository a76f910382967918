/**
 * The communes, wards and special zones of one province (units since 1 July 2025), from the
 * backend; refetched when the province changes, empty while none is chosen.
 */
export function useCommunes(province: () => string) {
  const sdk = useMedusa()
  return useAsyncData(
    () => `communes:${province()}`,
    async () => {
      const name = province()
      if (!name) return []
      const { communes } = await sdk.client.fetch<{ communes: { code: string; name: string }[] }>(`/store/provinces/${encodeURIComponent(name)}/communes`)
      return communes.map((c) => c.name)
    },
    { default: () => [] as string[] },
  )
}
