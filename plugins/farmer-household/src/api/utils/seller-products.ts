import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import sellerProductLink from "../../links/seller-product"
import { HARVEST_MODULE, type HarvestModuleService } from "../../modules/harvest"
import type { ProductSeason } from "../../modules/harvest/service"
import { assertLinkedToSeller, notFound, type SellerRequest } from "./seller-context"

const SELLER_PRODUCT_FIELDS = [
  "id",
  "handle",
  "title",
  "subtitle",
  "description",
  "status",
  "thumbnail",
  "images.url",
  "metadata",
  "created_at",
  "updated_at",
  "categories.id",
  "categories.name",
  "variants.id",
  "variants.title",
  "variants.sku",
  "variants.weight",
  "variants.metadata",
  "variants.prices.amount",
  "variants.prices.currency_code",
  "variants.inventory_items.inventory.location_levels.stocked_quantity",
  "variants.inventory_items.inventory.location_levels.reserved_quantity",
]

type Row = Record<string, any>

/**
 * A product as the seller dashboard shows it: price in VND and stock per pack, flat; its harvest
 * windows, pre-order offer and season now (with `preorder_remaining` of the cap).
 */
function toSellerProduct(p: Row, harvest: ProductSeason | undefined) {
  return {
    id: p.id,
    handle: p.handle,
    title: p.title,
    subtitle: p.subtitle,
    description: p.description,
    status: p.status,
    thumbnail: p.thumbnail,
    images: (p.images ?? []).map((i: Row) => i.url),
    category: p.categories?.[0] ?? null,
    origin_province: p.metadata?.origin_province ?? null,
    origin_commune: p.metadata?.origin_commune ?? null,
    harvest_windows: harvest?.windows ?? [],
    preorder: harvest?.preorder ?? { enabled: false, cap: null },
    season: harvest?.season ?? null,
    created_at: p.created_at,
    updated_at: p.updated_at,
    variants: (p.variants ?? []).map((v: Row) => {
      const levels = (v.inventory_items ?? []).flatMap((i: Row) => i?.inventory?.location_levels ?? [])
      const sum = (key: string) => levels.reduce((n: number, l: Row) => n + Number(l?.[key] ?? 0), 0)
      return {
        id: v.id,
        title: v.title,
        sku: v.sku,
        weight_grams: v.weight,
        unit: v.metadata?.unit ?? null,
        unit_quantity: v.metadata?.unit_quantity ?? null,
        price: Number(v.prices?.find((pr: Row) => pr.currency_code === "vnd")?.amount ?? 0),
        stock: sum("stocked_quantity"),
        reserved: sum("reserved_quantity"),
      }
    }),
  }
}

/** The given products (in that order, missing ones left out) as the seller dashboard shows them. */
export async function loadSellerProducts(req: MedusaRequest, productIds: string[]) {
  if (!productIds.length) return []
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: products } = await query.graph({ entity: "product", fields: SELLER_PRODUCT_FIELDS, filters: { id: productIds } })
  const seasons = await req.scope.resolve<HarvestModuleService>(HARVEST_MODULE).seasonsOf(productIds, new Date())
  const byId = new Map<string, Row>(products.map((p: Row) => [p.id, p]))
  return productIds.flatMap((id) => (byId.has(id) ? [toSellerProduct(byId.get(id)!, seasons.get(id))] : []))
}

export async function loadSellerProduct(req: SellerRequest, productId: string) {
  const [product] = await loadSellerProducts(req, [productId])
  return product
}

/**
 * /seller/products/:id… answers 404 unless the product is the caller's (and, under it, the
 * variant is the product's), so ids of other sellers reveal nothing.
 */
export async function requireOwnProduct(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  await assertLinkedToSeller(req, sellerProductLink.entryPoint, "product_id", { vi: "sản phẩm", en: "Product" })
  if (req.params.variant_id) {
    const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
    const { data: [variant] } = await query.graph({
      entity: "variant",
      fields: ["id"],
      filters: { id: req.params.variant_id, product_id: req.params.id },
    })
    if (!variant) notFound({ vi: "quy cách", en: "Variant" })
  }
  next()
}
