import units from "@nongsan/seed/administrative-units"
import { addressKeys, keysOverlap } from "./address-key"

export type Commune = { code: string; name: string }
export type Province = { code: string; name: string }
export type CommuneInProvince = { commune: Commune; province: Province }

/**
 * The 34 provincial units and 3,321 communes in force since 1 July 2025, indexed for pickers
 * and the old-address resolver. Data: seed/data/administrative-units.json (see seed/README.md).
 */
export const PROVINCE_UNITS: readonly Province[] = units.provinces.map(([code, name]) => ({ code, name }))

const communesByProvince = new Map<string, Commune[]>(
  units.provinces.map(([code, , communes]) => [code, communes.map(([c, name]) => ({ code: c, name }))]),
)
const communeIndex = new Map<string, CommuneInProvince>()
for (const province of PROVINCE_UNITS) {
  for (const commune of communesByProvince.get(province.code)!) communeIndex.set(commune.code, { commune, province })
}
const provinceKeys = PROVINCE_UNITS.map((p) => ({ province: p, keys: addressKeys(p.name) }))

/** A province by its statistics code ("01") or its name, typed with or without "Tỉnh"/accents. */
export function findProvince(codeOrName: string): Province | undefined {
  const text = codeOrName.trim()
  const keys = addressKeys(text)
  return PROVINCE_UNITS.find((p) => p.code === text) ?? provinceKeys.find((p) => keysOverlap(p.keys, keys))?.province
}

/** The communes, wards and special zones of one province, in the dataset's (statistics code) order. */
export function communesOf(province: Province): readonly Commune[] {
  return communesByProvince.get(province.code) ?? []
}

/** The commune of this province that the text names ("Thanh Hà", "xa thanh ha"), if exactly one does. */
export function findCommune(province: Province, name: string): Commune | undefined {
  const keys = addressKeys(name)
  const found = communesOf(province).filter((c) => keysOverlap(addressKeys(c.name), keys))
  // "Xã Tân Tiến" and "Phường Tân Tiến" may share a province: then only the full name decides.
  if (found.length > 1) return found.find((c) => c.name.toLowerCase() === name.trim().toLowerCase())
  return found[0]
}

/** A new commune by its code, with its province. */
export function communeByCode(code: string): CommuneInProvince | undefined {
  return communeIndex.get(code)
}

/** Old province name → its districts → their communes → codes of the new communes (see seed JSON). */
export const FORMER_UNITS = units.former
