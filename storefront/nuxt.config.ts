// https://nuxt.com/docs/api/configuration/nuxt-config
export default defineNuxtConfig({
  compatibilityDate: "2026-07-01",
  modules: ["@pinia/nuxt", "@nuxtjs/i18n"],
  devtools: { enabled: false },
  telemetry: false,
  css: ["~/assets/main.css"],
  app: { head: { htmlAttrs: { lang: "vi" } } },
  // The seller dashboard and the market vendor screen (/cho) render in the browser only: it works on the seller's bearer token,
  // which lives in the browser (localStorage), and a server-rendered form would not work until
  // hydrated anyway. Kept out of search engines.
  routeRules: Object.fromEntries(
    ["/kenh-nguoi-ban", "/kenh-nguoi-ban/**", "/en/kenh-nguoi-ban", "/en/kenh-nguoi-ban/**", "/cho", "/en/cho"].map((path) => [
      path,
      { ssr: false, headers: { "x-robots-tag": "noindex" } },
    ])
  ),
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
  },
})
