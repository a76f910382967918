import type { ExecArgs } from "@medusajs/framework/types"
import { rebuildProductIndex } from "../lib/search/rebuild-product-index"

/** `npm run search:reindex`: rebuilds the product index in place, with a progress bar. */
export default async function searchReindex({ container }: ExecArgs) {
  await rebuildProductIndex(container)
}
