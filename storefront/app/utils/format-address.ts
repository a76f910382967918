type Address = { address_1?: string | null; city?: string | null; province?: string | null }

/** "12 Phố Huế, Phường Hai Bà Trưng, Thành phố Hà Nội": street, commune, province (no district since 2025). */
export function formatAddress(address: Address): string {
  return [address.address_1, address.city, address.province].map((p) => p?.trim()).filter(Boolean).join(", ")
}
