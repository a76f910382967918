import type { HttpTypes } from "@medusajs/types"
import type { PublicSeller } from "~/composables/useSeller"
import type { ProductHarvest } from "~/types/harvest"
import type { ReviewList } from "~/types/review"
import { jsonLdText, productJsonLd } from "~/utils/product-json-ld"

/**
 * A product page's head, rendered on the server: title and description, OpenGraph (a shared link
 * shows the photo and price), and schema.org/Product with one VND offer per pack and its rating. `path` is the
 * page's localized path; with the site's base URL it is the same address as the layout's canonical link.
 */
export function useProductSeo(
  path: string,
  product: Ref<HttpTypes.StoreProduct | null | undefined>,
  seller: Ref<PublicSeller | null | undefined>,
  season: ComputedRef<ProductHarvest | undefined>,
  ocopStars: ComputedRef<number | undefined>,
  reviews: Ref<ReviewList | null | undefined>
) {
  const { t } = useI18n()
  const url = `${String(useRuntimeConfig().public.i18n?.baseUrl ?? "").replace(/\/$/, "")}${path}`
  const images = computed(() => (product.value?.images ?? []).map((i) => i.url).filter(Boolean))
  const description = computed(() => {
    const p = product.value
    const where = [seller.value?.name, seller.value?.province].filter(Boolean).join(", ")
    return [p?.subtitle || p?.description, where && t("product.fromFarm", { farm: where })].filter(Boolean).join(" · ")
  })
  const lowest = computed(() => (product.value ? lowestPrice(product.value) : null))
  useSeoMeta({
    title: () => product.value?.title,
    description: () => description.value,
    ogType: "website",
    ogTitle: () => product.value?.title,
    ogDescription: () => description.value,
    ogImage: () => images.value[0],
    twitterCard: () => (images.value.length ? "summary_large_image" : "summary"),
  })
  useHead({
    meta: [
      { property: "product:price:amount", content: () => (lowest.value !== null ? String(lowest.value) : undefined) },
      { property: "product:price:currency", content: "VND" },
    ],
    script: [
      {
        type: "application/ld+json",
        key: "product-ld",
        innerHTML: () =>
          product.value
            ? jsonLdText(
                productJsonLd({
                  name: product.value.title,
                  description: product.value.description,
                  url,
                  images: images.value,
                  seller: seller.value ?? null,
                  packs: (product.value.variants ?? []).map((v) => ({
                    title: v.title ?? "",
                    sku: v.sku,
                    price: v.calculated_price?.calculated_amount,
                    inStock: (v.inventory_quantity ?? 0) > 0,
                  })),
                  season: season.value,
                  ocopStars: ocopStars.value,
                  rating: reviews.value?.rating,
                  reviews: reviews.value?.reviews,
                })
              )
            : "",
      },
    ],
  })
}
