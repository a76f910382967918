import { readFileSync } from "node:fs"
import { dirname, join } from "node:path"
import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, FeatureFlag, Modules } from "@medusajs/framework/utils"
import {
  createApiKeysWorkflow,
  createProductCategoriesWorkflow,
  createRegionsWorkflow,
  updateRegionsWorkflow,
  createSalesChannelsWorkflow,
  createStockLocationsWorkflow,
  createTaxRegionsWorkflow,
  createUsersWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
  linkSalesChannelsToStockLocationWorkflow,
  updateStoresWorkflow,
} from "@medusajs/medusa/core-flows"
import { addSellerCertificationWorkflow, createSellerProductWorkflow, createSellersWorkflow } from "@nongsan/farmer-household/workflows"
import type { SellerVariant } from "@nongsan/farmer-household/api/seller/products/validators"
import { SELLER_MODULE } from "@nongsan/farmer-household/modules/seller"
import type { SellerModuleService } from "@nongsan/farmer-household/modules/seller"
import { TRACEABILITY_MODULE, type TraceabilityModuleService } from "@nongsan/ocop/modules/traceability"
import { createBatchWorkflow } from "@nongsan/ocop/workflows/traceability/workflows/create-batch"
import { changeOcopCertificateStatusWorkflow, submitOcopCertificateWorkflow, uploadOcopScanWorkflow } from "@nongsan/ocop/workflows"
import { MARKET_MODULE, type MarketModuleService } from "@nongsan/cho-qr/modules/market"
import { createMarketWorkflow } from "@nongsan/cho-qr/workflows/market/workflows/create-market"
import { createStallWorkflow } from "@nongsan/cho-qr/workflows/market/workflows/create-stall"
import { demoData as demo } from "../seed/demo-data"
import { PHOTO_SIZES, type PhotoSize } from "../seed/phone-photo"
import { ensureProductPhotos, uploadDemoPhoto } from "../seed/seed-photos"
import { ensureBuyerOrders } from "../seed/seed-orders"
import { seedProgress, type SeedProgress } from "../seed/seed-progress"
import { ensureProductIndex, rebuildProductIndex } from "../lib/search/rebuild-product-index"

const DELIVERY_SET_NAME = "Giao hàng toàn quốc"
const { salesChannel: SALES_CHANNEL_NAME, region: REGION_NAME, stockLocation: STOCK_LOCATION_NAME, publishableKeyTitle: PUBLISHABLE_KEY_TITLE } = demo.store

/**
 * Seeds the demo marketplace through Medusa's workflows. Every section looks for what it would
 * create first, so running it again adds only what is missing, and says so.
 *
 * Product photos are drawn at 3 MP (NONGSAN_DEMO_PHOTOS=small, the default) so a first `npm run dev`
 * stays short; NONGSAN_DEMO_PHOTOS=full draws 12 MP ones, as today's phones take.
 */
export default async function seedDemo({ container }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const photoSize = (process.env.NONGSAN_DEMO_PHOTOS ?? "small") as PhotoSize
  if (!(photoSize in PHOTO_SIZES)) throw new Error(`NONGSAN_DEMO_PHOTOS must be one of ${Object.keys(PHOTO_SIZES).join(", ")}`)
  const progress = seedProgress(logger, 14)
  const unchanged = (found: boolean) => ({ added: found ? 0 : 1, existing: found ? 1 : 0 })

  progress.step("sales channel and store")
  const salesChannelService = container.resolve(Modules.SALES_CHANNEL)
  let [salesChannel] = await salesChannelService.listSalesChannels({ name: SALES_CHANNEL_NAME })
  const hadSalesChannel = Boolean(salesChannel)
  if (!salesChannel) {
    const { result } = await createSalesChannelsWorkflow(container).run({
      input: { salesChannelsData: [{ name: SALES_CHANNEL_NAME, description: "Cửa hàng trực tuyến" }] },
    })
    salesChannel = result[0]
  }
  const [store] = await container.resolve(Modules.STORE).listStores()
  progress.done("sales channel", unchanged(hadSalesChannel))

  progress.step("region Việt Nam (VND) and tax region")
  const regionService = container.resolve(Modules.REGION)
  // Every payment method this backend is configured with: cash on delivery (Medusa's system
  // provider) always, VNPay when set up (or its development simulator).
  const paymentProviders = (await container.resolve(Modules.PAYMENT).listPaymentProviders({ is_enabled: true })).map((p) => p.id)
  let [region] = await regionService.listRegions({ name: REGION_NAME })
  const hadRegion = Boolean(region)
  if (!region) {
    const { result } = await createRegionsWorkflow(container).run({
      input: {
        regions: [{ name: REGION_NAME, currency_code: "vnd", countries: ["vn"], payment_providers: paymentProviders }],
      },
    })
    region = result[0]
  } else {
    await updateRegionsWorkflow(container).run({ input: { selector: { id: region.id }, update: { payment_providers: paymentProviders } } })
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
  progress.done(`region (payment: ${paymentProviders.join(", ")})`, unchanged(hadRegion))

  progress.step("stock location and delivery zone")
  const stockLocationService = container.resolve(Modules.STOCK_LOCATION)
  let [location] = await stockLocationService.listStockLocations({ name: STOCK_LOCATION_NAME })
  const hadLocation = Boolean(location)
  if (!location) {
    const { result } = await createStockLocationsWorkflow(container).run({
      input: { locations: [{ name: STOCK_LOCATION_NAME, address: { city: "Hà Nội", country_code: "VN", address_1: "" } }] },
    })
    location = result[0]
    await linkSalesChannelsToStockLocationWorkflow(container).run({ input: { id: location.id, add: [salesChannel.id] } })
    await createDeliveryZone(container, location.id)
  }
  progress.done("stock location", unchanged(hadLocation))

  progress.step("publishable API key for the storefront")
  const apiKeyService = container.resolve(Modules.API_KEY)
  let [apiKey] = await apiKeyService.listApiKeys({ title: PUBLISHABLE_KEY_TITLE, type: "publishable" })
  const hadApiKey = Boolean(apiKey)
  if (!apiKey) {
    const { result } = await createApiKeysWorkflow(container).run({
      input: { api_keys: [{ title: PUBLISHABLE_KEY_TITLE, type: "publishable", created_by: "" }] },
    })
    apiKey = result[0]
    await linkSalesChannelsToApiKeyWorkflow(container).run({ input: { id: apiKey.id, add: [salesChannel.id] } })
  }
  progress.done("publishable key", unchanged(hadApiKey))

  progress.step(`product categories (${demo.categories.length})`)
  const { data: existingCategories } = await query.graph({ entity: "product_category", fields: ["id", "handle"] })
  const missingCategories = demo.categories.filter((c) => !existingCategories.some((e) => e.handle === c.handle))
  if (missingCategories.length) {
    await createProductCategoriesWorkflow(container).run({
      input: { product_categories: missingCategories.map((c) => ({ ...c, is_active: true })) },
    })
  }
  progress.done("categories", { added: missingCategories.length, existing: demo.categories.length - missingCategories.length })
  const { data: categories } = await query.graph({ entity: "product_category", fields: ["id", "handle"] })
  const categoryId = (handle: string) => {
    const id = categories.find((c) => c.handle === handle)?.id
    if (!id) throw new Error(`demo product category ${handle} is not among the demo categories`)
    return id
  }

  progress.step(`sellers (${demo.sellers.length}): households, cooperatives, OCOP producers`)
  const { data: existingSellers } = await query.graph({ entity: "seller", fields: ["id", "handle"] })
  const missingSellers = demo.sellers.filter((s) => !existingSellers.some((e) => e.handle === s.handle))
  if (missingSellers.length) {
    await createSellersWorkflow(container).run({
      input: { sellers: missingSellers.map((s) => ({ ...s, type: s.type as "household" | "cooperative", status: "approved" as const })) },
    })
  }
  progress.done("sellers", { added: missingSellers.length, existing: demo.sellers.length - missingSellers.length })
  const { data: sellers } = await query.graph({
    entity: "seller",
    fields: ["id", "handle", "province", "commune"],
  })

  const photoLabel = `${PHOTO_SIZES[photoSize].width} × ${PHOTO_SIZES[photoSize].height} JPEG`
  // Products' events write into the search index: it needs an active version first, or each
  // event fails with a stack trace on a fresh database.
  await ensureProductIndex(container)
  progress.step(`products (${demo.products.length}) with a drawn ${photoLabel} photo each, through the workflows a seller's phone uses`)
  const { data: existingProducts } = await query.graph({ entity: "product", fields: ["handle"] })
  const missingProducts = demo.products.filter((p) => !existingProducts.some((e) => e.handle === p.handle))
  let photoBytes = 0
  for (const [i, p] of missingProducts.entries()) {
    const seller = sellers.find((s) => s.handle === p.seller)!
    const photo = await uploadDemoPhoto(container, p, photoSize)
    const { result } = await createSellerProductWorkflow(container).run({
      input: {
        seller_id: seller.id,
        product: {
          title: p.title,
          subtitle: p.subtitle,
          description: p.description,
          category_id: categoryId(p.category),
          harvest_windows: p.harvest_windows,
          preorder: p.preorder,
          images: [photo],
          status: "published",
          variants: p.variants.map((v) => ({ ...v, unit: v.unit as SellerVariant["unit"] })),
        },
      },
    })
    // The handle comes from the title (as for a seller's product); the data names it to match.
    if (result.handle !== p.handle) throw new Error(`demo product "${p.title}" got handle ${result.handle}, the data says ${p.handle}`)
    photoBytes += photo.bytes
    if ((i + 1) % 25 === 0) progress.detail(`products ${i + 1}/${missingProducts.length} (photos ${(photoBytes / (i + 1) / 1e6).toFixed(1)} MB on average)`)
  }
  progress.done("products", { added: missingProducts.length, existing: demo.products.length - missingProducts.length })

  progress.step(`photos for demo products seeded without one or without its variants (${photoLabel})`)
  progress.done("photos", await ensureProductPhotos(container, demo.products, photoSize, progress))

  progress.step(`seller logins by phone (${demo.sellers.length}, password ${demo.sellerLogin.password})`)
  progress.done("seller logins", await ensureSellerLogins(container, sellers))

  progress.step("demo operator for Medusa Admin")
  progress.done("operator", unchanged(!(await ensureOperator(container, demo.operator.email, demo.operator.password))))

  progress.step(`farming certifications (${demo.sellerCertifications.length}) and traced batches (${demo.batches.length})`)
  progress.done("certifications and batches", await ensureTraceability(container, sellers))
  const { verified, submitted } = demo.ocopCertificates
  progress.step(`OCOP certificates (${verified.length} verified, ${submitted.length} waiting for the operator)`)
  progress.done("OCOP certificates", await ensureOcopCertificates(container, sellers))
  progress.step(`markets (${demo.markets.length}) and their stalls (${demo.markets.flatMap((m) => m.stalls).length})`)
  progress.done("markets and stalls", await ensureMarkets(container))
  progress.step(`buyers (${demo.buyers.length}) and their orders (${demo.buyers.flatMap((b) => b.orders).length}) in every state`)
  progress.done("orders", await ensureBuyerOrders(container, demo.buyers, demo.sellerLogin.password, progress))
  // Events of a short-lived `medusa exec` may not all be handled before it exits: write the index
  // from the catalogue once, so search matches what was seeded.
  if (progress.finish()) await rebuildProductIndex(container)
}

/**
 * The farms' VietGAP / organic certificates and traced batches (lychee, tea, oranges, rice,
 * cinnamon…) with fixed label codes, so the demo trace pages (/truy-xuat/<code>) stay the same
 * from one seed to the next.
 */
async function ensureTraceability(container: ExecArgs["container"], sellers: { id: string; handle: string }[]) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const sellerId = (handle: string) => sellers.find((s) => s.handle === handle)!.id
  let added = 0
  const { data: existingCertifications } = await query.graph({ entity: "seller_certification", fields: ["number"] })
  for (const { seller, ...certification } of demo.sellerCertifications) {
    if (existingCertifications.some((c) => c.number === certification.number)) continue
    added += 1
    await addSellerCertificationWorkflow(container).run({
      input: {
        ...certification,
        kind: certification.kind as "vietgap" | "organic",
        expires_at: new Date(certification.expires_at),
        seller_id: sellerId(seller),
      },
    })
    logger.info(`  ${seller}: ${certification.kind} ${certification.number}`)
  }
  const traceability = container.resolve<TraceabilityModuleService>(TRACEABILITY_MODULE)
  const { data: products } = await query.graph({ entity: "product", fields: ["id", "handle", "seller.id"] })
  for (const { product: handle, ...batch } of demo.batches) {
    if ((await traceability.listBatches({ code: batch.code })).length) continue
    added += 1
    const product = products.find((p) => p.handle === handle)!
    await createBatchWorkflow(container).run({
      input: { ...batch, unit: batch.unit as "kg", product_id: product.id, seller_id: product.seller!.id },
    })
    logger.info(`  ${handle}: lô ${batch.code}`)
  }
  return { added, existing: demo.sellerCertifications.length + demo.batches.length - added }
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
 * The demo operator, created the way `medusa user` does it (auth identity tied to the user).
 * Returns whether it was created now.
 */
async function ensureOperator(container: ExecArgs["container"], email: string, password: string): Promise<boolean> {
  const userService = container.resolve(Modules.USER)
  if ((await userService.listUsers({ email })).length) return false
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
  return true
}

/**
 * A member per seller who signs in to the seller dashboard with a phone number, as a household
 * would: the seller's representative with the seller's phone and the demo password (for the demo
 * household that is demo.sellerLogin, Nguyễn Văn Hải, as demo-data.test.ts holds). Market stalls
 * are then assigned to these vendors by phone.
 */
async function ensureSellerLogins(container: ExecArgs["container"], sellers: { id: string; handle: string }[]) {
  const auth = container.resolve(Modules.AUTH)
  const sellerModule = container.resolve<SellerModuleService>(SELLER_MODULE)
  let added = 0
  for (const { handle, phone, representative_name: name } of demo.sellers) {
    if ((await auth.listProviderIdentities({ entity_id: phone, provider: "emailpass" })).length) continue
    const sellerId = sellers.find((s) => s.handle === handle)!.id
    const [member] = await sellerModule.createSellerMembers([{ seller_id: sellerId, name, phone, role: "owner" }])
    const { authIdentity, error } = await auth.register("emailpass", { body: { email: phone, password: demo.sellerLogin.password } })
    if (error || !authIdentity) throw new Error(`could not create the seller login ${phone}: ${error}`)
    await auth.updateAuthIdentities({ id: authIdentity.id, app_metadata: { seller_id: member.id } })
    added += 1
  }
  return { added, existing: demo.sellers.length - added }
}

type DemoCertificate = (typeof demo.ocopCertificates.verified)[number]

/**
 * Certificates go through the same workflows as a seller's submission and the operator's
 * verification, so each has its audit trail. A product that already has a certificate is left
 * alone. The scan is one specimen image, marked as such.
 */
async function ensureOcopCertificates(container: ExecArgs["container"], sellers: { id: string; handle: string }[]) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const [operator] = await container.resolve(Modules.USER).listUsers({ email: demo.operator.email })
  const scanFile = join(dirname(require.resolve("@nongsan/seed/demo")), demo.ocopCertificates.scan)
  const content = readFileSync(scanFile).toString("base64")
  const { data: products } = await query.graph({ entity: "product", fields: ["id", "handle", "ocop_certificates.id"] })
  let added = 0
  const submit = async (cert: DemoCertificate) => {
    const { seller: handle, products: handles, ...fields } = cert
    const ids = products.filter((p) => handles.includes(p.handle))
    if (ids.some((p) => p.ocop_certificates?.length)) return null
    const seller_id = sellers.find((s) => s.handle === handle)!.id
    const { result: scan } = await uploadOcopScanWorkflow(container).run({ input: { seller_id, content } })
    const { result } = await submitOcopCertificateWorkflow(container).run({
      input: {
        seller_id,
        actor: { type: "system", id: null },
        certificate: {
          ...fields,
          product_group: fields.product_group as "food",
          level: fields.level as "province",
          product_ids: ids.map((p) => p.id),
          scan: { file_id: scan.file_id, url: scan.url, mime_type: scan.mime_type },
        },
      },
    })
    logger.info(`  ${handle}: ${cert.stars} sao, ${handles.join(", ")} (${result.code})`)
    added += 1
    return result
  }
  for (const cert of demo.ocopCertificates.verified) {
    const created = await submit(cert)
    if (!created) continue
    await changeOcopCertificateStatusWorkflow(container).run({
      input: { id: created.id, action: "verify", actor: { type: "user", id: operator.id } },
    })
  }
  for (const cert of demo.ocopCertificates.submitted) await submit(cert)
  return { added, existing: demo.ocopCertificates.verified.length + demo.ocopCertificates.submitted.length - added }
}

/**
 * Chợ 4.0 markets with QR stalls. At Chợ Thanh Hà the demo household (+84912345678) is the vendor
 * of one stall, the other waits on an invitation for a phone nobody has registered yet; at Chợ Chũ
 * and the Đồng Văn Sunday market the vendors are catalogue sellers (assigned by their phone), and
 * one stall again waits on an invitation.
 */
async function ensureMarkets(container: ExecArgs["container"]) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const markets = container.resolve<MarketModuleService>(MARKET_MODULE)
  let added = 0
  let existing = 0
  for (const { stalls, ...fields } of demo.markets) {
    let [market] = await markets.listMarkets({ name: fields.name, province: fields.province })
    if (market) existing += 1
    else added += 1
    market ??= (await createMarketWorkflow(container).run({ input: fields })).result
    for (const stall of stalls) {
      if ((await markets.listStalls({ market_id: market.id, number: stall.number })).length) {
        existing += 1
        continue
      }
      added += 1
      await createStallWorkflow(container).run({ input: { ...stall, market_id: market.id } })
      logger.info(`  ${market.name}: quầy ${stall.number}`)
    }
  }
  return { added, existing }
}
