/**
 * Common Vietnamese banks with their NAPAS BINs (the six digits VietQR puts in tag 38), the banks
 * farm households and cooperatives in the provinces mostly hold accounts with first.
 */
export const VIETNAMESE_BANKS: { bin: string; short: string; name: string }[] = [
  { bin: "970405", short: "Agribank", name: "Ngân hàng Nông nghiệp và Phát triển Nông thôn Việt Nam" },
  { bin: "970415", short: "VietinBank", name: "Ngân hàng TMCP Công Thương Việt Nam" },
  { bin: "970418", short: "BIDV", name: "Ngân hàng TMCP Đầu tư và Phát triển Việt Nam" },
  { bin: "970436", short: "Vietcombank", name: "Ngân hàng TMCP Ngoại thương Việt Nam" },
  { bin: "970446", short: "Co-opBank", name: "Ngân hàng Hợp tác xã Việt Nam" },
  { bin: "970449", short: "LPBank", name: "Ngân hàng TMCP Lộc Phát Việt Nam" },
  { bin: "970422", short: "MB", name: "Ngân hàng TMCP Quân đội" },
  { bin: "970407", short: "Techcombank", name: "Ngân hàng TMCP Kỹ thương Việt Nam" },
  { bin: "970403", short: "Sacombank", name: "Ngân hàng TMCP Sài Gòn Thương Tín" },
  { bin: "970416", short: "ACB", name: "Ngân hàng TMCP Á Châu" },
  { bin: "970432", short: "VPBank", name: "Ngân hàng TMCP Việt Nam Thịnh Vượng" },
  { bin: "970423", short: "TPBank", name: "Ngân hàng TMCP Tiên Phong" },
  { bin: "970437", short: "HDBank", name: "Ngân hàng TMCP Phát triển TP. Hồ Chí Minh" },
  { bin: "970443", short: "SHB", name: "Ngân hàng TMCP Sài Gòn – Hà Nội" },
  { bin: "970441", short: "VIB", name: "Ngân hàng TMCP Quốc tế Việt Nam" },
  { bin: "970426", short: "MSB", name: "Ngân hàng TMCP Hàng Hải Việt Nam" },
  { bin: "970448", short: "OCB", name: "Ngân hàng TMCP Phương Đông" },
  { bin: "970440", short: "SeABank", name: "Ngân hàng TMCP Đông Nam Á" },
  { bin: "970431", short: "Eximbank", name: "Ngân hàng TMCP Xuất Nhập khẩu Việt Nam" },
  { bin: "970428", short: "Nam A Bank", name: "Ngân hàng TMCP Nam Á" },
  { bin: "970452", short: "KienlongBank", name: "Ngân hàng TMCP Kiên Long" },
  { bin: "970409", short: "BAC A BANK", name: "Ngân hàng TMCP Bắc Á" },
  { bin: "970454", short: "BVBank", name: "Ngân hàng TMCP Bản Việt" },
  { bin: "970412", short: "PVcomBank", name: "Ngân hàng TMCP Đại Chúng Việt Nam" },
]

export function bankByBin(bin: string | null | undefined) {
  return VIETNAMESE_BANKS.find((b) => b.bin === bin) ?? null
}

/**
 * An account holder's name as banks print it and VietQR carries it: upper case, no diacritics
 * ("Trần Thị Lan" → "TRAN THI LAN"; đ → D).
 */
export function toAccountHolder(name: string): string {
  return name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, "D")
    .toUpperCase()
    .replace(/[^A-Z0-9 ]/g, "")
    .replace(/\s+/g, " ")
    .trimStart()
}
