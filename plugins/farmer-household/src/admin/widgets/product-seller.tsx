import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { DetailWidgetProps, AdminProduct } from "@medusajs/framework/types"
import { Badge, Container, Heading, Text } from "@medusajs/ui"
import { useEffect, useState } from "react"

type Seller = { id: string; name: string; handle: string; type: string; status: string; province?: string; commune?: string }

const TYPE_LABEL: Record<string, string> = {
  household: "Hộ sản xuất",
  cooperative: "Hợp tác xã",
  enterprise: "Doanh nghiệp",
}

/** Shows the operator which seller (household, cooperative) lists this product. */
const ProductSellerWidget = ({ data }: DetailWidgetProps<AdminProduct>) => {
  const [seller, setSeller] = useState<Seller | null | undefined>(undefined)

  useEffect(() => {
    fetch(`/admin/products/${data.id}?fields=id,seller.*`, { credentials: "include" })
      .then((res) => res.json())
      .then((body) => setSeller(body.product?.seller ?? null))
      .catch(() => setSeller(null))
  }, [data.id])

  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <Heading level="h2">Nhà vườn / Seller</Heading>
        {seller && <Badge>{TYPE_LABEL[seller.type] ?? seller.type}</Badge>}
      </div>
      <div className="px-6 py-4">
        {seller === undefined && <Text size="small">Đang tải…</Text>}
        {seller === null && <Text size="small">Sản phẩm chưa gắn với người bán nào.</Text>}
        {seller && (
          <>
            <Text weight="plus">{seller.name}</Text>
            <Text size="small" className="text-ui-fg-subtle">
              {[seller.commune, seller.province].filter(Boolean).join(", ")} · {seller.status}
            </Text>
          </>
        )}
      </div>
    </Container>
  )
}

export const config = defineWidgetConfig({ zone: "product.details.side.after" })

export default ProductSellerWidget
