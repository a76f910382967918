import { addressKeys, keysOverlap } from "./address-key"
import { FORMER_UNITS, PROVINCE_UNITS, communeByCode, communesOf, findProvince, type CommuneInProvince } from "./administrative-units"

/**
 * How a match was found: the text already names a unit in force ("current"), an old commune
 * that became this one ("commune"), or an old district whose commune of the same name — or, if
 * none, every commune it went into — is offered ("district").
 */
export type ResolvedAddress = CommuneInProvince & {
  label: string
  via: "current" | "commune" | "district"
  former?: { province: string; district: string; commune?: string }
}

const VIA_ORDER = { current: 0, commune: 1, district: 2 } as const

// Forms of the dataset's ~14,000 names, computed once each: a query compares against thousands.
const keysOfNames = new Map<string, readonly string[]>()
function named(name: string, keys: readonly string[]): boolean {
  let own = keysOfNames.get(name)
  if (own === undefined) keysOfNames.set(name, (own = addressKeys(name)))
  return keysOverlap(own, keys)
}


function resolved(code: string, via: ResolvedAddress["via"], former?: ResolvedAddress["former"]): ResolvedAddress {
  const unit = communeByCode(code)!
  return { ...unit, label: `${unit.commune.name}, ${unit.province.name}`, via, former }
}

/** Old communes of one old province, read as (commune[, district]); districts when no commune has the name. */
function fromFormerProvince(provinceName: string, place: readonly string[], inDistrict: readonly string[] | undefined): ResolvedAddress[] {
  const districts = Object.entries(FORMER_UNITS[provinceName])
  const byCommune = districts.flatMap(([district, communes]) =>
    inDistrict !== undefined && !named(district, inDistrict)
      ? []
      : Object.entries(communes)
          .filter(([commune]) => named(commune, place))
          .flatMap(([commune, codes]) => codes.map((code) => resolved(code, "commune", { province: provinceName, district, commune }))),
  )
  if (byCommune.length || inDistrict !== undefined) return byCommune

  return districts
    .filter(([district]) => named(district, place))
    .flatMap(([district, communes]) => {
      const codes = [...new Set(Object.values(communes).flat())]
      // A district's seat usually gave its name to a new commune (Huyện Lục Ngạn → Xã Lục Ngạn).
      const namesake = codes.filter((code) => named(communeByCode(code)!.commune.name, place))
      return (namesake.length ? namesake : codes).map((code) => resolved(code, "district", { province: provinceName, district }))
    })
}

/**
 * Reads an address typed the old way or the new way — "Thanh Hà, Hải Dương",
 * "Phương Độ, TP Hà Giang, Hà Giang", "xa thanh ha, hai phong" — and answers the communes in
 * force since 1 July 2025 that it names, best first. Comma-separated, province last; a street
 * before the commune is ignored. Without a province, the whole country is searched.
 */
export function resolveAddress(query: string, limit = 20): ResolvedAddress[] {
  const parts = query.split(",").map((p) => p.trim()).filter(Boolean)
  if (!parts.length) return []
  const single = parts.length === 1
  const last = (n: number) => parts[parts.length - n]
  const place = addressKeys(single ? parts[0] : last(2))
  const found: ResolvedAddress[] = []

  const provinces = single ? PROVINCE_UNITS : [findProvince(last(1))].filter((p) => p !== undefined)
  for (const province of provinces) {
    for (const commune of communesOf(province)) {
      if (named(commune.name, place)) found.push(resolved(commune.code, "current"))
    }
  }

  // An old commune found inside the district named next to it is the most precise reading of
  // all: "Phường 12, Quận Gò Vấp, TP Hồ Chí Minh" means that ward, not a new ward named Gò Vấp.
  const precise: ResolvedAddress[] = []
  const formerProvinces = single ? Object.keys(FORMER_UNITS) : Object.keys(FORMER_UNITS).filter((name) => named(name, addressKeys(last(1))))
  for (const provinceName of formerProvinces) {
    // "commune, district, province" first; if that names nothing, "district, province" or "commune, province".
    const withDistrict = parts.length >= 3 ? fromFormerProvince(provinceName, addressKeys(last(3)), place) : []
    if (withDistrict.length) precise.push(...withDistrict)
    else found.push(...fromFormerProvince(provinceName, place, undefined))
  }

  const best = new Map<string, ResolvedAddress>()
  for (const match of [...precise, ...found.sort((a, b) => VIA_ORDER[a.via] - VIA_ORDER[b.via])]) {
    if (!best.has(match.commune.code)) best.set(match.commune.code, match)
  }
  return [...best.values()].slice(0, limit)
}
