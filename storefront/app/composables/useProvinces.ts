/** The 34 provinces after the 2025 reform, from the backend (one list for every address form). */
export function useProvinces() {
  const sdk = useMedusa()
  return useAsyncData("provinces", () => sdk.client.fetch<{ provinces: string[] }>("/store/provinces").then((r) => r.provinces), {
    default: () => [] as string[],
  })
}
