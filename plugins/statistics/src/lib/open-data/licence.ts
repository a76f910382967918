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

/**
 * The headers of every open-data response: the licence as a link (RFC 6903) readable without
 * opening the file, any site may fetch it, and caches may keep it as long as the server caches
 * the figures (CACHE_SECONDS in province-figures.ts).
 */
export const OPEN_DATA_HEADERS = {
  link: `<${LICENCE.url}>; rel="license"`,
  "x-license": LICENCE.name,
  "access-control-allow-origin": "*",
  "cache-control": "public, max-age=300",
}
