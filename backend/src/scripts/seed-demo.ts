import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, FeatureFlag, Modules, ProductStatus } from "@medusajs/framework/utils"
import {
  createApiKeysWorkflow,
  createInventoryLevelsWorkflow,
  createProductCategoriesWorkflow,
  createProductsWorkflow,
  createRegionsWorkflow,
  createSalesChannelsWorkflow,
  createShippingOptionsWorkflow,
  createStockLocationsWorkflow,
  createTaxRegionsWorkflow,
  createUsersWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
  linkSalesChannelsToStockLocationWorkflow,
  updateStoresWorkflow,
} from "@medusajs/medusa/core-flows"
import { createSellersWorkflow } from "@nongsan/farmer-household/workflows"
import demo from "@nongsan/seed/demo"

const DELIVERY_SET_NAME = "Giao hàng toàn quốc"
const { salesChannel: SALES_CHANNEL_NAME, region: REGION_NAME, stockLocation: STOCK_LOCATION_NAME, publishableKeyTitle: PUBLISHABLE_KEY_TITLE } = demo.store

type DemoProduct = (typeof demo.products)[number]

/**
 * Seeds the demo marketplace through Medusa's workflows. Every section looks for what it would
 * create first, so running it again adds only what is missing.
 */
export default async function seedDemo({ container }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const step = (n: number, what: string) => logger.info(`[seed ${n}/10] ${what}`)

  step(1, "sales channel and store")
  const salesChannelService = container.resolve(Modules.SALES_CHANNEL)
  let [salesChannel] = await salesChannelService.listSalesChannels({ name: SALES_CHANNEL_NAME })
  if (!salesChannel) {
    const { result } = await createSalesChannelsWorkflow(container).run({
      input: { salesChannelsData: [{ name: SALES_CHANNEL_NAME, description: "Cửa hàng trực tuyến" }] },
    })
    salesChannel = result[0]
  }
  const [store] = await container.resolve(Modules.STORE).listStores()

  step(2, "region Việt Nam (VND) and tax region")
  const regionService = container.resolve(Modules.REGION)
  let [region] = await regionService.listRegions({ name: REGION_NAME })
  if (!region) {
    const { result } = await createRegionsWorkflow(container).run({
      input: {
        regions: [
          { name: REGION_NAME, currency_code: "vnd", countries: ["vn"], payment_providers: ["pp_system_default"] },
        ],
      },
    })
    region = result[0]
  }
  await updateStoresWorkflow(container).run({
    input: {
      selector: { id: store.id },
      update: {
        name: demo.store.name,
        supported_currencies: [{ currency_code: "vnd", is_default: true }],
        // Vietnamese first: the storefront and emails use the first locale as the default.
        supported_locales: [{ locale_code: "vi-VN" }, { locale_code: "en-US" }],
        default_sales_channel_id: salesChannel.id,
        default_region_id: region.id,
        metadata: { default_locale: "vi-VN" },
      },
    },
  })
  const taxService = container.resolve(Modules.TAX)
  if (!(await taxService.listTaxRegions({ country_code: "vn" })).length) {
    await createTaxRegionsWorkflow(container).run({ input: [{ country_code: "vn", provider_id: "tp_system" }] })
  }

  step(3, "stock location and delivery zone")
  const stockLocationService = container.resolve(Modules.STOCK_LOCATION)
  let [location] = await stockLocationService.listStockLocations({ name: STOCK_LOCATION_NAME })
  if (!location) {
    const { result } = await createStockLocationsWorkflow(container).run({
      input: { locations: [{ name: STOCK_LOCATION_NAME, address: { city: "Hà Nội", country_code: "VN", address_1: "" } }] },
    })
    location = result[0]
    await linkSalesChannelsToStockLocationWorkflow(container).run({ input: { id: location.id, add: [salesChannel.id] } })
    await createDeliveryZone(container, location.id)
  }

  step(4, "publishable API key for the storefront")
  const apiKeyService = container.resolve(Modules.API_KEY)
  let [apiKey] = await apiKeyService.listApiKeys({ title: PUBLISHABLE_KEY_TITLE, type: "publishable" })
  if (!apiKey) {
    const { result } = await createApiKeysWorkflow(container).run({
      input: { api_keys: [{ title: PUBLISHABLE_KEY_TITLE, type: "publishable", created_by: "" }] },
    })
    apiKey = result[0]
    await linkSalesChannelsToApiKeyWorkflow(container).run({ input: { id: apiKey.id, add: [salesChannel.id] } })
  }

  step(5, "product categories")
  const { data: existingCategories } = await query.graph({ entity: "product_category", fields: ["id", "handle"] })
  const missingCategories = demo.categories.filter((c) => !existingCategories.some((e) => e.handle === c.handle))
  if (missingCategories.length) {
    await createProductCategoriesWorkflow(container).run({
      input: { product_categories: missingCategories.map((c) => ({ ...c, is_active: true })) },
    })
  }
  const { data: categories } = await query.graph({ entity: "product_category", fields: ["id", "handle"] })
  const categoryId = (handle: string) => categories.find((c) => c.handle === handle)?.id

  step(6, `sellers (${demo.sellers.length})`)
  const { data: existingSellers } = await query.graph({ entity: "seller", fields: ["id", "handle"] })
  const missingSellers = demo.sellers.filter((s) => !existingSellers.some((e) => e.handle === s.handle))
  if (missingSellers.length) {
    await createSellersWorkflow(container).run({
      input: { sellers: missingSellers.map((s) => ({ ...s, type: s.type as "household" | "cooperative", status: "approved" as const })) },
    })
  }
  const { data: sellers } = await query.graph({
    entity: "seller",
    fields: ["id", "handle", "province", "commune", "shipping_profile.id", "shipping_profile.shipping_options.id"],
  })

  step(7, `products (${demo.products.length})`)
  const { data: existingProducts } = await query.graph({ entity: "product", fields: ["handle"] })
  const missingProducts = demo.products.filter((p) => !existingProducts.some((e) => e.handle === p.handle))
  for (const seller of sellers) {
    const own = missingProducts.filter((p) => p.seller === seller.handle)
    if (!own.length) continue
    await createProductsWorkflow(container).run({
      input: {
        products: own.map((p) => productInput(p, { seller, categoryId: categoryId(p.category), salesChannelId: salesChannel.id, shippingProfileId: seller.shipping_profile!.id })),
        additional_data: { seller_id: seller.id },
      },
    })
    logger.info(`  ${seller.handle}: ${own.map((p) => p.title).join(", ")}`)
  }

  step(8, "stock at the warehouse")
  const skus = missingProducts.flatMap((p) => p.variants.map((v) => v.sku))
  if (skus.length) {
    const { data: variants } = await query.graph({
      entity: "variant",
      fields: ["sku", "inventory_items.inventory_item_id"],
      filters: { sku: skus },
    })
    const stockBySku = new Map(demo.products.flatMap((p) => p.variants.map((v) => [v.sku, v.stock] as const)))
    await createInventoryLevelsWorkflow(container).run({
      input: {
        inventory_levels: variants.flatMap((v) =>
          (v.inventory_items ?? []).map((item: { inventory_item_id: string } | null) => ({
            location_id: location.id,
            inventory_item_id: item!.inventory_item_id,
            stocked_quantity: stockBySku.get(v.sku!) ?? 0,
          }))
        ),
      },
    })
  }

  step(9, "delivery options for each seller")
  await createSellerShippingOptions(
    container,
    region.id,
    sellers.filter((s) => !s.shipping_profile!.shipping_options?.length).map((s) => s.shipping_profile!.id)
  )

  step(10, "demo operator for Medusa Admin")
  await ensureOperator(container, demo.operator.email, demo.operator.password)
  logger.info("[seed] done")
}

function productInput(
  p: DemoProduct,
  ctx: { seller: { province?: string | null; commune?: string | null }; categoryId?: string; salesChannelId: string; shippingProfileId: string }
) {
  return {
    title: p.title,
    subtitle: p.subtitle,
    handle: p.handle,
    description: p.description,
    status: ProductStatus.PUBLISHED,
    category_ids: ctx.categoryId ? [ctx.categoryId] : [],
    sales_channels: [{ id: ctx.salesChannelId }],
    shipping_profile_id: ctx.shippingProfileId,
    origin_country: "vn",
    weight: p.variants[0].weight,
    metadata: {
      origin_province: ctx.seller.province,
      origin_commune: ctx.seller.commune,
      ...("harvest" in p && p.harvest ? { harvest_from: p.harvest.from, harvest_to: p.harvest.to } : {}),
    },
    options: [{ title: p.option, values: p.variants.map((v) => v.title) }],
    variants: p.variants.map((v) => ({
      title: v.title,
      sku: v.sku,
      weight: v.weight,
      manage_inventory: true,
      options: { [p.option]: v.title },
      prices: [{ amount: v.price, currency_code: "vnd" }],
    })),
  }
}

async function createDeliveryZone(container: ExecArgs["container"], locationId: string) {
  const fulfillment = container.resolve(Modules.FULFILLMENT)
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  const fulfillmentSet = await fulfillment.createFulfillmentSets({
    name: DELIVERY_SET_NAME,
    type: "shipping",
    service_zones: [{ name: "Việt Nam", geo_zones: [{ country_code: "vn", type: "country" }] }],
  })
  await link.create({
    [Modules.STOCK_LOCATION]: { stock_location_id: locationId },
    [Modules.FULFILLMENT]: { fulfillment_set_id: fulfillmentSet.id },
  })
  await link.create({
    [Modules.STOCK_LOCATION]: { stock_location_id: locationId },
    [Modules.FULFILLMENT]: { fulfillment_provider_id: "manual_manual" },
  })
}

/**
 * Every seller ships under its own shipping profile, so each gets its own copy of the platform's
 * two delivery options: the buyer picks one per seller and each seller order carries its own.
 */
async function createSellerShippingOptions(container: ExecArgs["container"], regionId: string, profileIds: string[]) {
  if (!profileIds.length) return
  const [fulfillmentSet] = await container
    .resolve(Modules.FULFILLMENT)
    .listFulfillmentSets({ name: DELIVERY_SET_NAME }, { relations: ["service_zones"] })
  const option = (profileId: string, name: string, code: string, description: string, amount: number) => ({
    name,
    price_type: "flat" as const,
    provider_id: "manual_manual",
    service_zone_id: fulfillmentSet.service_zones[0].id,
    shipping_profile_id: profileId,
    type: { label: name, description, code },
    prices: [{ currency_code: "vnd", amount }, { region_id: regionId, amount }],
    rules: [
      { attribute: "enabled_in_store", value: "true", operator: "eq" as const },
      { attribute: "is_return", value: "false", operator: "eq" as const },
    ],
  })
  await createShippingOptionsWorkflow(container).run({
    input: profileIds.flatMap((id) => [
      option(id, "Giao hàng tiêu chuẩn", "standard", "Giao trong 2–4 ngày", 30000),
      option(id, "Giao nhanh", "express", "Giao trong 24 giờ ở nội thành", 55000),
    ]),
  })
}

/** The demo operator, created the way `medusa user` does it (auth identity tied to the user). */
async function ensureOperator(container: ExecArgs["container"], email: string, password: string) {
  const userService = container.resolve(Modules.USER)
  if ((await userService.listUsers({ email })).length) return
  const roles: string[] = []
  if (FeatureFlag.isFeatureEnabled("rbac")) {
    const superAdmin = await container.resolve(Modules.RBAC).listRbacRoles({ id: "role_super_admin" })
    if (superAdmin.length) roles.push(superAdmin[0].id)
  }
  const { result: users } = await createUsersWorkflow(container).run({
    input: { users: [{ email, first_name: "Quản trị", last_name: "Demo", ...(roles.length ? { roles } : {}) }] },
  })
  const auth = container.resolve(Modules.AUTH)
  const { authIdentity, error } = await auth.register("emailpass", { body: { email, password } })
  if (error || !authIdentity) throw new Error(`could not create the demo operator: ${error}`)
  await auth.updateAuthIdentities({ id: authIdentity.id, app_metadata: { user_id: users[0].id } })
}
