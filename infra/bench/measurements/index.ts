import type { Measurement } from "../context.ts"
import { cartCompletion } from "./cart-completion.ts"
import { lighthouseMobile } from "./lighthouse.ts"
import { marketPayment } from "./market-payment.ts"
import { photoPipeline } from "./photo-pipeline.ts"
import { productList } from "./product-list.ts"
import { productPageApi } from "./product-page-api.ts"
import { productPageJs } from "./product-page-js.ts"
import { search } from "./search.ts"
import { storefrontSsr } from "./storefront-ssr.ts"
import { vnpayIpn } from "./vnpay-ipn.ts"

/** Every measurement, in the order `npm run bench` runs them (reads before writes). */
export const MEASUREMENTS: Measurement[] = [
  productList,
  productPageApi,
  search,
  storefrontSsr,
  productPageJs,
  lighthouseMobile,
  marketPayment,
  vnpayIpn,
  cartCompletion,
  photoPipeline,
]
