type ResolveAnswer = { matches: { commune: { name: string }; province: { name: string } }[] }

/**
 * The official name of a commune typed loosely within a province — "thanh ha", "TT Thanh Hà",
 * "Phuong Hai Ba Trung" — by the backend's resolver of old and new addresses; null when the text
 * names no commune of that province, or more than one.
 */
export function useResolveCommune() {
  const sdk = useMedusa()
  return async (typed: string, province: string): Promise<string | null> => {
    if (!typed.trim() || !province) return null
    try {
      const { matches } = await sdk.client.fetch<ResolveAnswer>("/store/addresses/resolve", { query: { q: `${typed}, ${province}`, limit: 5 } })
      const here = matches.filter((m) => m.province.name === province)
      return here.length === 1 ? here[0].commune.name : null
    } catch {
      // 404: nothing matches; the form's own check then says so next to the field.
      return null
    }
  }
}
