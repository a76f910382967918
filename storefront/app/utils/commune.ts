/**
 * Whether a typed commune is not one of the province's communes. While the list is still
 * loading (empty) nothing is refused: the backend's list is the authority, not a guess.
 */
export function isUnknownCommune(commune: string, communes: readonly string[]): boolean {
  // Some phone keyboards send decomposed marks; the list is in NFC.
  const name = commune.trim().normalize("NFC")
  return Boolean(name) && communes.length > 0 && !communes.includes(name)
}
