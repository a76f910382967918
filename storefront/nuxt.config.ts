// https://nuxt.com/docs/api/configuration/nuxt-config
export default defineNuxtConfig({
  compatibilityDate: "2026-07-01",
  // The SEO modules after i18n: they read its locales to add the /en alternates.
  modules: ["@pinia/nuxt", "@nuxtjs/i18n", "@nuxtjs/robots", "@nuxtjs/sitemap", "h3-compression/nuxt"],
  // A phone on 3G pays for every byte. Nitro's node server sends nothing compressed by itself:
  // the built JavaScript and CSS are compressed once at build time (gzip and brotli files beside
  // them), pages and JSON per response with gzip (Node's brotli defaults to its highest,
  // slowest quality; not measured here), above 1 KB.
  nitro: { compressPublicAssets: true },
  compression: { method: "gzip", threshold: 1024 },
  // All the page's CSS in its HTML (the global sheet too, ~3 KB gzipped): no stylesheet request
  // blocks the first paint on a slow network.
  features: { inlineStyles: true },
  site: {
    // The public address, for absolute URLs in the sitemap and robots.txt (NUXT_SITE_URL at run time).
    url: process.env.NUXT_PUBLIC_SITE_URL || "http://localhost:3000",
    name: "Nông sản Việt",
  },
  sitemap: {
    // One /sitemap.xml with each page's /en alternate, not one sitemap per language.
    sitemaps: false,
    sources: ["/api/__sitemap__/urls"],
    exclude: ["/kenh-nguoi-ban/**", "/cho", "/gio-hang", "/thanh-toan/**", "/don-hang/**", "/tai-khoan/**", "/tim-kiem"],
    // Medusa is asked again at most every ten minutes.
    cacheMaxAgeSeconds: 600,
  },
  robots: {
    // Carts, checkout, orders and the dashboards are nobody's search result (the module adds the /en paths).
    disallow: ["/kenh-nguoi-ban", "/cho", "/gio-hang", "/thanh-toan", "/don-hang", "/tai-khoan"],
  },
  devtools: { enabled: false },
  telemetry: false,
  css: ["~/assets/main.css"],
  vite: {
    resolve: {
      // Medusa's JS SDK builds its query strings with qs, whose polyfills (side-channel,
      // get-intrinsic, …) weigh 18 KB gzipped on every page; qs-esm is the same stringify without
      // them (2 KB) and writes the same strings.
      alias: { qs: "qs-esm" },
    },
  },
  app: { head: { htmlAttrs: { lang: "vi" } } },
  // The seller dashboard and the market vendor screen (/cho) render in the browser only: it works on the seller's bearer token,
  // which lives in the browser (localStorage), and a server-rendered form would not work until
  // hydrated anyway. Kept out of search engines.
  routeRules: {
    ...Object.fromEntries(
      ["/kenh-nguoi-ban", "/kenh-nguoi-ban/**", "/en/kenh-nguoi-ban", "/en/kenh-nguoi-ban/**", "/cho", "/en/cho"].map((path) => [
        path,
        { ssr: false, robots: false },
      ])
    ),
    // Search results: endless combinations of the same products; the links in them are followed.
    ...Object.fromEntries(["/tim-kiem", "/en/tim-kiem"].map((path) => [path, { robots: "noindex, follow" }])),
  },
  runtimeConfig: {
    // Server-side address of Medusa; the browser never talks to it in SSR-only pages.
    medusaUrl: "http://localhost:9000",
    public: {
      medusaUrl: "http://localhost:9000",
      medusaPublishableKey: "",
    },
  },
  i18n: {
    defaultLocale: "vi",
    baseUrl: process.env.NUXT_PUBLIC_SITE_URL || "http://localhost:3000",
    strategy: "prefix_except_default",
    locales: [
      { code: "vi", language: "vi-VN", name: "Tiếng Việt", file: "vi.json" },
      { code: "en", language: "en-US", name: "English", file: "en.json" },
    ],
    detectBrowserLanguage: false,
    // No <i18n-t>/<i18n-n>/<i18n-d> components or v-t directive here: not in every page's JavaScript.
    bundle: { fullInstall: false },
  },
})
