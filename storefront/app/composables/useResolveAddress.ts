export type ResolvedAddress = { label: string; commune: { code: string; name: string }; province: { code: string; name: string } }

/**
 * The backend's reading of an address typed the old way or loosely ("Thanh Hà, Hải Dương",
 * "xa thanh ha, hai phong"): the communes in force since 1 July 2025 it names, best first;
 * empty when it names none.
 */
export function useResolveAddress() {
  const sdk = useMedusa()
  return async (q: string, limit = 5): Promise<ResolvedAddress[]> => {
    try {
      return (await sdk.client.fetch<{ matches: ResolvedAddress[] }>("/store/addresses/resolve", { query: { q, limit } })).matches
    } catch {
      // 404 (nothing matches) or 400 (too short): no place to offer; the form says what to fix.
      return []
    }
  }
}
