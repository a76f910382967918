/** Open data is published under CC BY 4.0: reuse freely, name the source. */
export const LICENCE = {
  name: "CC BY 4.0",
  url: "https://creativecommons.org/licenses/by/4.0/",
  attribution: "Nông sản Việt (nongsan)",
  notice: {
    vi: "Dữ liệu mở theo giấy phép CC BY 4.0: được tự do sử dụng, chia sẻ, chỉnh sửa, kể cả cho mục đích thương mại, với điều kiện ghi nguồn “Nông sản Việt”.",
    en: "Open data under CC BY 4.0: free to use, share and adapt, commercially too, provided the source “Nông sản Việt” is credited.",
  },
}

/** The same notice as HTTP headers: a license link (RFC 6903) readable without opening the file. */
export const LICENCE_HEADERS = {
  link: `<${LICENCE.url}>; rel="license"`,
  "x-license": LICENCE.name,
}
