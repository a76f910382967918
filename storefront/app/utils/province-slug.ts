/**
 * Province pages live at /tinh/<slug>: the name without its "Tỉnh" / "Thành phố" prefix, folded
 * to ASCII ("Thành phố Hải Phòng" → "hai-phong", "Tỉnh Đắk Lắk" → "dak-lak"). The 34 names since
 * 1 July 2025 give 34 different slugs.
 */
export function provinceSlug(name: string): string {
  return name
    .normalize("NFC")
    .replace(/^(Thành phố|Tỉnh)\s+/u, "")
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
}

/** The province whose slug this is, among the given names (the 34 units), or undefined. */
export function provinceFromSlug(slug: string, provinces: readonly string[]): string | undefined {
  return provinces.find((p) => provinceSlug(p) === slug)
}
