import demo from "@nongsan/seed/demo"
import batches from "@nongsan/seed/catalogue/batches"
import buyers from "@nongsan/seed/catalogue/buyers"
import categories from "@nongsan/seed/catalogue/categories"
import markets from "@nongsan/seed/catalogue/markets"
import ocopCertificates from "@nongsan/seed/catalogue/ocop-certificates"
import products from "@nongsan/seed/catalogue/products"
import sellerCertifications from "@nongsan/seed/catalogue/seller-certifications"
import sellers from "@nongsan/seed/catalogue/sellers"
import { z } from "@medusajs/framework/zod"
import type { IllustrationKind } from "./product-illustration"

// The buyers' file mixes orders of different shapes, which JSON's inferred types cannot hold:
// parsing it gives the seed a real type and fails loudly on a mistyped stage or payment.
const DemoBuyerSchema = z.object({
  email: z.email(),
  first_name: z.string(),
  last_name: z.string(),
  phone: z.string(),
  address: z.object({ address_1: z.string(), city: z.string(), province: z.string() }),
  orders: z.array(
    z.object({
      key: z.string(),
      payment: z.enum(["cod", "bank-transfer"]),
      items: z.record(z.string(), z.number().int().positive()),
      stages: z.record(z.string(), z.enum(["new", "accepted", "packed", "shipped", "delivered", "cancelled"])),
    })
  ),
})

/**
 * The demo marketplace: the first households of demo.json (which tests and the README name, so
 * they stay exactly as they are) followed by the wider catalogue of seed/data/catalogue.
 */
export const demoData = {
  ...demo,
  categories: [...demo.categories, ...categories],
  sellers: [...demo.sellers, ...sellers],
  products: [...demo.products, ...products].map((p) => ({ ...p, photo: p.photo as IllustrationKind })),
  sellerCertifications: [...demo.sellerCertifications, ...sellerCertifications],
  batches: [...demo.batches, ...batches],
  ocopCertificates: {
    scan: demo.ocopCertificates.scan,
    verified: [...demo.ocopCertificates.verified, ...ocopCertificates.verified],
    submitted: [...demo.ocopCertificates.submitted, ...ocopCertificates.submitted],
  },
  markets: [...demo.markets, ...markets],
  buyers: z.array(DemoBuyerSchema).parse(buyers),
}

export type DemoProduct = (typeof demoData.products)[number]
export type DemoBuyer = z.infer<typeof DemoBuyerSchema>
