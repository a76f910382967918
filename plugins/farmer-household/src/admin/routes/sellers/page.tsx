import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Buildings } from "@medusajs/icons"
import { Badge, Button, Container, Heading, Input, Table, Tabs, Text, toast } from "@medusajs/ui"
import { useCallback, useEffect, useState } from "react"

type Seller = {
  id: string
  name: string
  handle: string
  type: string
  status: string
  status_reason: string | null
  representative_name: string | null
  phone: string | null
  province: string | null
  commune: string | null
  national_id_masked: string | null
  bank_account_number: string | null
  created_at: string
}

const TYPE_LABEL: Record<string, string> = { household: "Hộ sản xuất", cooperative: "Hợp tác xã", enterprise: "Doanh nghiệp" }
const STATUS_LABEL: Record<string, string> = {
  pending: "Chờ duyệt / Pending",
  approved: "Đã duyệt / Approved",
  rejected: "Từ chối / Rejected",
  suspended: "Tạm khóa / Suspended",
}
const STATUS_COLOR: Record<string, "orange" | "green" | "red" | "grey"> = {
  pending: "orange",
  approved: "green",
  rejected: "red",
  suspended: "grey",
}
/** What the operator may do from each status, and whether it needs a reason. */
const ACTIONS: Record<string, { action: string; label: string; needsReason: boolean; variant: "primary" | "danger" | "secondary" }[]> = {
  pending: [
    { action: "approve", label: "Duyệt / Approve", needsReason: false, variant: "primary" },
    { action: "reject", label: "Từ chối / Reject", needsReason: true, variant: "danger" },
  ],
  rejected: [{ action: "approve", label: "Duyệt / Approve", needsReason: false, variant: "primary" }],
  approved: [{ action: "suspend", label: "Tạm khóa / Suspend", needsReason: true, variant: "danger" }],
  suspended: [{ action: "reinstate", label: "Mở lại / Reinstate", needsReason: false, variant: "secondary" }],
}

/** The operator's queue: approve or reject new sellers, suspend or reinstate others. */
const SellersPage = () => {
  const [status, setStatus] = useState("pending")
  const [sellers, setSellers] = useState<Seller[]>([])
  const [loading, setLoading] = useState(true)
  const [reasons, setReasons] = useState<Record<string, string>>({})

  const load = useCallback(async () => {
    setLoading(true)
    const res = await fetch(`/admin/sellers?status=${status}&limit=100`, { credentials: "include" })
    const body = await res.json()
    setSellers(body.sellers ?? [])
    setLoading(false)
  }, [status])

  useEffect(() => {
    load()
  }, [load])

  const act = async (seller: Seller, action: string) => {
    const res = await fetch(`/admin/sellers/${seller.id}/status`, {
      method: "POST",
      credentials: "include",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ action, reason: reasons[seller.id] || null }),
    })
    const body = await res.json()
    if (!res.ok) {
      toast.error(body.message ?? "Không thực hiện được / Failed")
      return
    }
    toast.success(`${seller.name}: ${STATUS_LABEL[body.seller.status]}`)
    load()
  }

  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <div>
          <Heading level="h1">Người bán / Sellers</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Duyệt hộ sản xuất, hợp tác xã và doanh nghiệp trước khi họ bán hàng.
          </Text>
        </div>
      </div>
      <div className="px-6 py-4">
        <Tabs value={status} onValueChange={setStatus}>
          <Tabs.List>
            {Object.keys(STATUS_LABEL).map((s) => (
              <Tabs.Trigger key={s} value={s}>
                {STATUS_LABEL[s]}
              </Tabs.Trigger>
            ))}
          </Tabs.List>
        </Tabs>
      </div>
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>Tên / Name</Table.HeaderCell>
            <Table.HeaderCell>Loại / Type</Table.HeaderCell>
            <Table.HeaderCell>Địa chỉ / Address</Table.HeaderCell>
            <Table.HeaderCell>Liên hệ / Contact</Table.HeaderCell>
            <Table.HeaderCell>Trạng thái / Status</Table.HeaderCell>
            <Table.HeaderCell>Thao tác / Actions</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {sellers.map((seller) => (
            <Table.Row key={seller.id}>
              <Table.Cell>
                <Text weight="plus">{seller.name}</Text>
                <Text size="xsmall" className="text-ui-fg-subtle">
                  {seller.representative_name} · CCCD {seller.national_id_masked ?? "—"}
                </Text>
              </Table.Cell>
              <Table.Cell>{TYPE_LABEL[seller.type] ?? seller.type}</Table.Cell>
              <Table.Cell>{[seller.commune, seller.province].filter(Boolean).join(", ")}</Table.Cell>
              <Table.Cell>{seller.phone}</Table.Cell>
              <Table.Cell>
                <Badge color={STATUS_COLOR[seller.status]}>{STATUS_LABEL[seller.status]}</Badge>
                {seller.status_reason && (
                  <Text size="xsmall" className="text-ui-fg-subtle">
                    {seller.status_reason}
                  </Text>
                )}
              </Table.Cell>
              <Table.Cell>
                <div className="flex flex-wrap items-center gap-2">
                  {ACTIONS[seller.status]?.some((a) => a.needsReason) && (
                    <Input
                      size="small"
                      placeholder="Lý do / Reason"
                      aria-label="Lý do / Reason"
                      value={reasons[seller.id] ?? ""}
                      onChange={(e) => setReasons({ ...reasons, [seller.id]: e.target.value })}
                    />
                  )}
                  {ACTIONS[seller.status]?.map((a) => (
                    <Button key={a.action} size="small" variant={a.variant} onClick={() => act(seller, a.action)}>
                      {a.label}
                    </Button>
                  ))}
                </div>
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
      {!loading && sellers.length === 0 && (
        <Text size="small" className="px-6 py-4">
          Không có người bán nào / No sellers
        </Text>
      )}
    </Container>
  )
}

export const config = defineRouteConfig({ label: "Người bán", icon: Buildings })

export default SellersPage
