import { Heading, Table, Text, toast } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { api, vnd } from "../lib/admin-api"

type Notification = { id: string; external_id: string; account_number: string; amount: number; description: string; occurred_at: string; status: string; reason: string | null }

/**
 * The operator's queue: credits (bank transfers and VNPAY-QR payments) that matched no stall,
 * sale or checkout, or matched one that could not take them. Each needs a person: a refund, or
 * a correction on the stall it was meant for.
 */
export const PaymentQueue = () => {
  const [rows, setRows] = useState<Notification[] | null>(null)
  useEffect(() => {
    Promise.all(["unmatched", "mismatched"].map((status) => api<{ bank_notifications: Notification[] }>(`/admin/bank-notifications?status=${status}&limit=100`)))
      .then((lists) => setRows(lists.flatMap((l) => l.bank_notifications).sort((a, b) => b.occurred_at.localeCompare(a.occurred_at))))
      .catch((e) => toast.error((e as Error).message))
  }, [])
  if (!rows) return null
  return (
    <div className="flex flex-col gap-2">
      <Heading level="h2">Thanh toán chờ xử lý / Payments to resolve ({rows.length})</Heading>
      {rows.length === 0 ? (
        <Text size="small">Không có / None</Text>
      ) : (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Thời điểm / Time</Table.HeaderCell>
              <Table.HeaderCell>Tài khoản / Account</Table.HeaderCell>
              <Table.HeaderCell>Số tiền / Amount</Table.HeaderCell>
              <Table.HeaderCell>Nội dung / Description</Table.HeaderCell>
              <Table.HeaderCell>Lý do / Reason</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {rows.map((n) => (
              <Table.Row key={n.id}>
                <Table.Cell>{new Date(n.occurred_at).toLocaleString("vi-VN", { timeZone: "Asia/Ho_Chi_Minh" })}</Table.Cell>
                <Table.Cell>{n.account_number}</Table.Cell>
                <Table.Cell>{vnd.format(n.amount)}</Table.Cell>
                <Table.Cell>{n.description}</Table.Cell>
                <Table.Cell>{n.reason}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
    </div>
  )
}
