import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { communesOf, findProvince } from "../../../../../lib/administrative-units"

/**
 * The communes, wards and special zones of one province, for the commune picker. The province
 * is its code ("01") or its name ("Thành phố Hà Nội", "ha noi"); the list changes only with a law.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const province = findProvince(req.params.province ?? "")
  if (!province) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Không có tỉnh, thành phố "${req.params.province}" trong 34 đơn vị từ 1/7/2025 / No province "${req.params.province}" among the 34 units since 1 July 2025`,
    )
  }
  res.setHeader("Cache-Control", "public, max-age=86400")
  res.json({ province, communes: communesOf(province) })
}
