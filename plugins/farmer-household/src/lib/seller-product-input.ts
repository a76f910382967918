import type { CreateSellerProduct, SellerVariant, UpdateSellerProduct } from "../api/seller/products/validators"
import { thumbnailUrl, toImageInputs } from "./product-images"

/** The single product option our sellers' variants hang on: the pack ("Quy cách"). */
export const PACK_OPTION = "Quy cách"

export function toVariantInput(v: SellerVariant) {
  return {
    title: v.title,
    sku: v.sku,
    weight: v.weight_grams,
    manage_inventory: true,
    options: { [PACK_OPTION]: v.title },
    prices: [{ amount: v.price, currency_code: "vnd" }],
    metadata: { unit: v.unit, ...(v.unit_quantity ? { unit_quantity: v.unit_quantity } : {}) },
  }
}

/** Product metadata that carries origin (searched and shown by the shop). Harvest windows live in the harvest module. */
export function productMetadata(input: UpdateSellerProduct, seller: { province?: string | null; commune?: string | null }) {
  const metadata: Record<string, unknown> = {}
  if ("origin_province" in input || seller.province) metadata.origin_province = input.origin_province ?? seller.province ?? null
  if ("origin_commune" in input || seller.commune) metadata.origin_commune = input.origin_commune ?? seller.commune ?? null
  return metadata
}

/** A seller's product as Medusa's createProductsWorkflow takes it. */
export function toProductInput(
  input: CreateSellerProduct,
  ctx: { seller: { province?: string | null; commune?: string | null }; shippingProfileId: string }
) {
  const images = input.images && toImageInputs(input.images)
  return {
    title: input.title,
    subtitle: input.subtitle ?? undefined,
    description: input.description ?? undefined,
    status: input.status ?? "draft",
    category_ids: input.category_id ? [input.category_id] : [],
    images,
    thumbnail: images && thumbnailUrl(images),
    origin_country: "vn",
    weight: input.variants[0].weight_grams,
    shipping_profile_id: ctx.shippingProfileId,
    metadata: productMetadata(input, ctx.seller),
    options: [{ title: PACK_OPTION, values: input.variants.map((v) => v.title) }],
    variants: input.variants.map(toVariantInput),
  }
}
