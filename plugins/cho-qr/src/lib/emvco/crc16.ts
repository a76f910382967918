/**
 * CRC-16/CCITT-FALSE (poly 0x1021, init 0xFFFF, no reflection, no final XOR), the checksum of
 * EMVCo merchant-presented QR codes (tag 63). Computed over the UTF-8 bytes of the text, which
 * for the ASCII payloads this codec writes are the characters themselves.
 */
export function crc16CcittFalse(text: string): number {
  let crc = 0xffff
  for (const byte of new TextEncoder().encode(text)) {
    crc ^= byte << 8
    for (let bit = 0; bit < 8; bit++) {
      crc = crc & 0x8000 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff
    }
  }
  return crc
}

/** The four upper-case hex digits that tag 63 carries. */
export function crc16Hex(text: string): string {
  return crc16CcittFalse(text).toString(16).toUpperCase().padStart(4, "0")
}

/** Closes a payload: the CRC covers everything before it, its own "6304" header included. */
export function appendCrc(body: string): string {
  const head = `${body}6304`
  return `${head}${crc16Hex(head)}`
}
